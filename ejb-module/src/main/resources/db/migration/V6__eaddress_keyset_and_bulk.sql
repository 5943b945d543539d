-- Mailbox lists page by keyset, newest first (created_at, id): the sent items' index carries the id too.
-- A bulk message has one delivery per recipient; its progress is counted by status per message.
drop index eaddress_message_sender_ix;
create index eaddress_message_sender_ix on eaddress_message (sender_account_id, created_at, id);
create index eaddress_delivery_progress_ix on eaddress_delivery (message_id, status);
