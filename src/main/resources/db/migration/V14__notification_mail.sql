-- ALL-4, ALL-5: the e-mail of each notification, delivered from the outbox by the nodes' senders.
-- mail_state: PENDING (to send, at mail_due_at), SENDING (claimed by a sender until mail_due_at),
-- SENT, FAILED (attempts used up; an operator retries), NO_ADDRESS (the recipient has no e-mail
-- address), OFF (written while e-mail was off: never sent).
alter table ds_notification add column mail_due_at timestamp with time zone;
alter table ds_notification add column mail_attempts integer default 0 not null;
alter table ds_notification add column mail_sent_at timestamp with time zone;
alter table ds_notification add column mail_error varchar(500);
-- Written before there was a sender.
update ds_notification set mail_state = 'OFF' where mail_state = 'PENDING';
create index ds_notification_outbox on ds_notification (mail_state, mail_due_at);
