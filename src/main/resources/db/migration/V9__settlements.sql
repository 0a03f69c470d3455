-- REL-2: one settlement per license order, in the calendar month after the one in which the order
-- completed. The primary key makes a repeated, retried or concurrent run a no-op for orders already
-- settled.
create table ds_settlement (
  order_id        varchar(64)    not null primary key references ds_order (order_id),
  seller_id       varchar(64)    not null,
  amount          numeric(19, 2) not null,
  currency        char(3)        not null,
  -- The month the order completed in and the month it is settled in, in the marketplace's zone.
  completed_month varchar(7)     not null,
  settled_month   varchar(7)     not null,
  settled_at      timestamp with time zone not null
);
create index ds_settlement_seller on ds_settlement (seller_id, settled_month);
