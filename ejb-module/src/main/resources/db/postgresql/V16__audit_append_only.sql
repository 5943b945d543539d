-- The application's role may add to the audit trail and read it, never change or remove what is there:
-- UPDATE, DELETE and TRUNCATE are revoked from it (it owns the tables, as Flyway runs as it), and a trigger
-- refuses them to every role, the owner and superusers included. Undoing this takes deliberate DDL by the
-- owner (ALTER TABLE ... DISABLE TRIGGER, GRANT), which the chain of hashes then shows in the next check.
revoke update, delete, truncate on audit_event, audit_link from public;
revoke update, delete, truncate on audit_event, audit_link from current_user;

create function audit_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit trail is append-only: % on % refused', tg_op, tg_table_name;
end
$$;

create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function audit_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_append_only();
create trigger audit_link_append_only before update or delete on audit_link
    for each row execute function audit_append_only();
create trigger audit_link_no_truncate before truncate on audit_link
    for each statement execute function audit_append_only();
