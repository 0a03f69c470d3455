-- GCP-1..GCP-5: Google Cloud Marketplace entitlements, their transfers and their history.
create table ds_entitlement (
  entitlement_id     varchar(64)  not null primary key,
  order_id           varchar(64),
  customer_id        varchar(64)  not null,
  customer_company   varchar(200) not null,
  isv_id             varchar(64)  not null,
  offer_id           varchar(100) not null,
  product_id         varchar(100) not null,
  billing_account_id varchar(64)  not null,
  -- None for an order placed directly with the ISV.
  reseller_id        varchar(64),
  state              varchar(16)  not null,
  created_at         timestamp with time zone not null
);
create index ds_entitlement_customer on ds_entitlement (customer_id);
create index ds_entitlement_isv on ds_entitlement (isv_id);

-- A transfer, from the customer's request to its end. in_progress_of holds the entitlement while
-- the transfer runs and is emptied when it ends: one transfer at a time per entitlement.
create table ds_transfer (
  transfer_id               varchar(64)  not null primary key,
  entitlement_id            varchar(64)  not null references ds_entitlement (entitlement_id),
  kind                      varchar(32)  not null,
  requested_by              varchar(64)  not null,
  requested_at              timestamp with time zone not null,
  target_billing_account_id varchar(64),
  target_reseller_id        varchar(64),
  state                     varchar(16)  not null,
  reason                    varchar(4000),
  ended_at                  timestamp with time zone,
  in_progress_of            varchar(64),
  constraint ds_transfer_one_at_a_time unique (in_progress_of)
);
create index ds_transfer_entitlement on ds_transfer (entitlement_id);

-- GCP-2: who must approve a transfer, and what each decided.
create table ds_transfer_approval (
  transfer_id varchar(64)   not null references ds_transfer (transfer_id),
  approver    varchar(64)   not null,
  decision    varchar(16)   not null,
  reason      varchar(4000),
  decided_at  timestamp with time zone,
  primary key (transfer_id, approver)
);
create index ds_transfer_approval_approver on ds_transfer_approval (approver);

-- The entitlement's history: each change, by the transfer that made it, once (ALL-4).
create table ds_entitlement_change (
  transfer_id               varchar(64) not null primary key references ds_transfer (transfer_id),
  entitlement_id            varchar(64) not null references ds_entitlement (entitlement_id),
  kind                      varchar(32) not null,
  billing_account_before    varchar(64) not null,
  billing_account_after     varchar(64) not null,
  reseller_before           varchar(64),
  reseller_after            varchar(64),
  changed_at                timestamp with time zone not null
);
create index ds_entitlement_change_entitlement on ds_entitlement_change (entitlement_id);
