-- SAAS-9: the labels of the form a recorded step was completed with (JSON: {"field": "Label"}), so
-- that a record names each value as its form did. None for records of what the system did.
alter table ds_operation_record add column labels varchar(20000);
