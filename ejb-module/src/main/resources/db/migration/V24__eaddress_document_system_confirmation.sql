-- An institution's document management system fetches the mail that arrived and confirms each message once it
-- has it; until then the message comes again with every fetch.
alter table eaddress_inbox_entry add column confirmed_at timestamp(6) with time zone;
alter table eaddress_inbox_entry add column confirmed_by varchar(64);
create index eaddress_inbox_unconfirmed_ix on eaddress_inbox_entry (account_id, confirmed_at, arrived_at, id);
