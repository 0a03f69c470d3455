-- ALI-3: the warranty period the seller set for the product (ISO-8601), for double check deliveries.
alter table ds_order add column warranty_period varchar(20);
