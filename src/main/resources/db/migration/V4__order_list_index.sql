-- The order list is read newest first, a page at a time (GET /api/orders): the next page starts
-- after the last order of the previous one, found through this index without sorting the table.
create index ds_order_placed on ds_order (placed_at desc, order_id desc);
