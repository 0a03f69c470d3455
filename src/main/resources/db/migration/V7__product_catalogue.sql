-- REL-6: a seller's product. What it says is in its revisions: the listed one is on sale, the
-- working one is the seller's draft or under review (REL-7). Orders keep the revision they were
-- placed with.
create table ds_product (
  product_id       varchar(64)  not null primary key,
  seller_id        varchar(64)  not null,
  created_at       timestamp with time zone not null,
  listed_revision  integer,
  working_revision integer
);
create index ds_product_seller on ds_product (seller_id);

create table ds_product_revision (
  product_id varchar(64)  not null references ds_product (product_id),
  revision   integer      not null,
  name       varchar(200) not null,
  state      varchar(16)  not null,
  -- The revision as the seller wrote it (JSON): delivery method, template, period, delivery
  -- items, specifications and prices. Fixed once submitted.
  content    text         not null,
  updated_at timestamp with time zone not null,
  primary key (product_id, revision)
);

-- REL-7: each request to release a revision, with the review's promise and result.
create table ds_release_request (
  request_id    varchar(64)  not null primary key,
  product_id    varchar(64)  not null references ds_product (product_id),
  revision      integer      not null,
  seller_id     varchar(64)  not null,
  submitted_at  timestamp with time zone not null,
  -- The calendar day of the submission in the marketplace's zone: one seller's requests of a
  -- day are counted by it.
  submitted_on  date         not null,
  review_due_at timestamp with time zone not null,
  outcome       varchar(16),
  reason        varchar(4000),
  decided_by    varchar(64),
  decided_at    timestamp with time zone
);
create index ds_release_request_seller_day on ds_release_request (seller_id, submitted_on);
create index ds_release_request_product on ds_release_request (product_id);
