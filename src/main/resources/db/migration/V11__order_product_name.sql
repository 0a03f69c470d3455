-- LIC-1: orders are searched by product name and show it: the catalogue's name of the revision
-- the order was placed with. None for products outside the catalogue.
alter table ds_order add column product_name varchar(200);
