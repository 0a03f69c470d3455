-- REL-3: the product's delivery period runs from the order's placement; past it before the seller
-- delivered, the order is marked overdue (the flow goes on).
alter table ds_order add column delivery_due_at timestamp with time zone;
alter table ds_order add column delivery_overdue boolean default false not null;
