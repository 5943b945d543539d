-- Working the institution's inbox: a message that arrived is assigned to a staff member who may read the mailbox,
-- and marked handled when its work is done (who and when for both).
alter table eaddress_inbox_entry add column assignee_id bigint references staff_account (id);
alter table eaddress_inbox_entry add column assigned_at timestamp(6) with time zone;
alter table eaddress_inbox_entry add column assigned_by varchar(64);
alter table eaddress_inbox_entry add column handled_at timestamp(6) with time zone;
alter table eaddress_inbox_entry add column handled_by varchar(64);
create index eaddress_inbox_entry_assignee_ix on eaddress_inbox_entry (assignee_id, arrived_at);
