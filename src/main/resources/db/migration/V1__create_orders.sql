-- Orders placed by the marketplace; each runs the delivery process its product's template names.
create table ds_order (
  order_id            varchar(64)    not null primary key,
  product_id          varchar(64)    not null,
  specification       varchar(255)   not null,
  seller_id           varchar(64)    not null,
  customer_id         varchar(64)    not null,
  amount              numeric(19, 2) not null,
  currency            char(3)        not null,
  status              varchar(20)    not null,
  delivery_template   varchar(100)   not null,
  delivery_id         varchar(64)    not null unique,
  process_instance_id varchar(64),
  placed_at           timestamp with time zone not null,
  completed_at        timestamp with time zone
);

create index ds_order_seller on ds_order (seller_id);
create index ds_order_customer on ds_order (customer_id);
