-- GCP-1: the marketplace suspends, reactivates or cancels an entitlement; the latest change's
-- reason and time stay with it (only an active entitlement is transferred).
alter table ds_entitlement add column state_reason varchar(4000);
alter table ds_entitlement add column state_changed_at timestamp with time zone;
