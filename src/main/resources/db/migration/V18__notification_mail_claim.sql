-- ALL-4: which sender's claim an e-mail is under. A sender whose claim ran out while it was still
-- sending its batch (a slow SMTP server, a pause) sent what another sender had claimed since: it
-- now renews its own claim before each e-mail, and marks only what is still its own.
alter table ds_notification add column mail_claim varchar(36);
