-- ALL-2: two users who do business with each other (an order's seller and customer; later an
-- entitlement's or a transfer's parties) read each other's profile, and nobody else's. One row per
-- pair, the smaller user ID first; its key lets only one of two placements of a new pair grant.
create table ds_business_relation (
  user_id        varchar(64)  not null,
  other_user_id  varchar(64)  not null,
  established_at timestamp with time zone not null,
  established_by varchar(200) not null,
  primary key (user_id, other_user_id)
);
