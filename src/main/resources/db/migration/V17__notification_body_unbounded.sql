-- ALL-5: a message quotes what a party wrote (a reason, a request), up to the 4,000 characters a
-- form takes, inside its own text and link: a body bounded at 4,000 failed the step that told it.
alter table ds_notification alter column body set data type varchar;
