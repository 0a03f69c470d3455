-- LIC-7: a renewal of an order that completed supervision extends its validity directly. The
-- renewal's ID, the marketplace's, is the key: a renewal sent twice renews once.
create table ds_renewal (
  renewal_id         varchar(64) not null primary key,
  order_id           varchar(64) not null references ds_order (order_id),
  renewed_period     varchar(32) not null,
  valid_until_before timestamp with time zone not null,
  valid_until_after  timestamp with time zone not null,
  renewed_at         timestamp with time zone not null
);
create index ds_renewal_order on ds_renewal (order_id);
