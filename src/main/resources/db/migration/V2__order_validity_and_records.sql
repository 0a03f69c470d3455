-- SAAS-4 / LIC-4: yearly and monthly products are valid for the purchased period from the start of use.
alter table ds_order add column purchased_period varchar(20);
alter table ds_order add column valid_from timestamp with time zone;
alter table ds_order add column valid_until timestamp with time zone;

-- SAAS-9: who did what, when, with what content, per order.
create table ds_operation_record (
  record_id   varchar(36)  not null primary key,
  order_id    varchar(64)  not null references ds_order (order_id),
  recorded_at timestamp with time zone not null,
  actor       varchar(64)  not null,
  action      varchar(200) not null,
  details     varchar(20000)
);
create index ds_operation_record_order on ds_operation_record (order_id, recorded_at);
