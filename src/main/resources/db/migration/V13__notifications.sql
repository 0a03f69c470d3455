-- ALL-5, ALL-4: every notification, the inbox of its recipient and the outbox of its e-mail,
-- written in the transaction of the step that causes it. Its cause and recipient are unique: a
-- step that runs again adds none.
create table ds_notification (
  notification_id varchar(64)   not null primary key,
  cause_key       varchar(200)  not null,
  recipient       varchar(64)   not null,
  message         varchar(64)   not null,
  subject         varchar(300)  not null,
  body            varchar(4000) not null,
  order_id        varchar(64),
  link            varchar(500),
  created_at      timestamp with time zone not null,
  read_at         timestamp with time zone,
  -- PENDING until the e-mail is handed to the SMTP server.
  mail_state      varchar(16)   not null,
  constraint ds_notification_once unique (cause_key, recipient)
);
create index ds_notification_inbox on ds_notification (recipient, created_at);

-- SAAS-11: when the customer last reminded the seller of an order.
create table ds_reminder (
  order_id     varchar(64) not null primary key references ds_order (order_id),
  last_sent_at timestamp with time zone not null
);
