-- LIC-7 REL-2 SAAS-3: a renewal is an order the customer paid for, with no supervision: it
-- completes when it is made. Its amount is billed or settled as its order's own: settled with the
-- seller in the calendar month after the renewal (a license), or billed in the next billing cycle
-- (a supervised SaaS order). Renewals recorded before carry no amount: neither.
alter table ds_renewal add column amount numeric(19, 2);
alter table ds_renewal add column currency char(3);

-- One settlement per renewal: the primary key makes a repeated, retried or concurrent run a no-op
-- for renewals already settled.
create table ds_renewal_settlement (
  renewal_id    varchar(64)    not null primary key references ds_renewal (renewal_id),
  order_id      varchar(64)    not null references ds_order (order_id),
  seller_id     varchar(64)    not null,
  amount        numeric(19, 2) not null,
  currency      char(3)        not null,
  -- The month of the renewal and the month it is settled in, in the marketplace's zone.
  renewed_month varchar(7)     not null,
  settled_month varchar(7)     not null,
  settled_at    timestamp with time zone not null
);
create index ds_renewal_settlement_seller on ds_renewal_settlement (seller_id, settled_month);
create index ds_renewal_settlement_order on ds_renewal_settlement (order_id);

-- One bill per renewal, as one per order (SAAS-3).
create table ds_renewal_bill (
  renewal_id    varchar(64)    not null primary key references ds_renewal (renewal_id),
  order_id      varchar(64)    not null references ds_order (order_id),
  billing_cycle varchar(7)     not null,
  amount        numeric(19, 2) not null,
  currency      char(3)        not null,
  generated_at  timestamp with time zone not null
);
create index ds_renewal_bill_order on ds_renewal_bill (order_id);
