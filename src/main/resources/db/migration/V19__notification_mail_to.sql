-- GCP-4: a transfer's contact is kept updated by e-mail, though no user of the application: its
-- notification goes to this address instead of the recipient user's, and no inbox shows it.
alter table ds_notification add column mail_to varchar(254);
