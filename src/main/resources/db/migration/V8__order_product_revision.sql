-- REL-1, REL-7: an order of a catalogue product keeps the revision it was placed with, whatever is
-- listed later. None for products that are not in the catalogue.
alter table ds_order add column product_revision integer;
