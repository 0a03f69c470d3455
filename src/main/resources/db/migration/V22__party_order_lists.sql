-- A party's order list, newest first, read from its own index in that order: with one plan per
-- statement, a seller of many orders would otherwise have all of them sorted for every page.
create index ds_order_seller_placed on ds_order (seller_id, placed_at desc, order_id desc);
create index ds_order_customer_placed on ds_order (customer_id, placed_at desc, order_id desc);
drop index ds_order_seller;
drop index ds_order_customer;
