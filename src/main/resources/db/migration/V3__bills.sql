-- SAAS-3: one bill per order whose service flow completed, made by the billing run of the next
-- cycle. The primary key makes a repeated or concurrent run a no-op for orders already billed.
create table ds_bill (
  order_id      varchar(64)    not null primary key references ds_order (order_id),
  billing_cycle varchar(7)     not null,
  amount        numeric(19, 2) not null,
  currency      char(3)        not null,
  generated_at  timestamp with time zone not null
);
create index ds_bill_cycle on ds_bill (billing_cycle);
