-- Benchmark 1's baseline: what one registration through the API writes, as one transaction of plain
-- INSERTs (the statements and rows the application wrote for VSAA-VECUMA-PENSIJA in this benchmark, read
-- from pg_stat_statements): the case number, the case, its REGISTERED event, three intake values, the
-- attachment's handle and record (the file itself is stored once), the audit entry and the portal's
-- idempotency key; then, as the application does after the commit, the audit entry's link in the chain
-- (in tables of the baseline's own, beside the application's chain: bench_audit_link, bench_chain_head).
-- Ids come from bench_id_seq (created by benchmarks/api.sh), far from the application's.
\set code random(10000000000, 19999999999)
begin;
select nextval('bench_id_seq') as case_id, nextval('case_number_seq') as num \gset
insert into service_case (id, version, case_number, case_type, channel, service_id, service_version_id,
    handling_institution_id, registering_institution_id, registered_by, registered_at, registered_on, client_kind,
    client_code, client_name, state, deadline_kind, due_on, norm_on, suspended_days, extension_days, fee_due_cents)
values (:case_id, 0, 'B' || lpad(:num::text, 10, '0'), 'APPLICATION', 'E_SERVICE', 1, 1, 2, 1, 'latvija.portals', now(), current_date, 'PERSON',
    :code::text, 'Mērījums Slodze', 'NEW', 'WORKING_DAYS', current_date + 31, current_date + 13, 0, 0, 0);
insert into case_event (id, case_id, occurred_at, occurred_on, event_type, actor, actor_institution_id, to_state,
    handling_institution_id, due_on)
values (nextval('bench_id_seq'), :case_id, now(), current_date, 'REGISTERED', 'latvija.portals', 1, 'NEW', 2, current_date + 31);
insert into case_intake_value (case_id, field_code, field_value) values (:case_id, 'bankas_konta_numurs_iban', 'LV80BANK0000435195001');
insert into case_intake_value (case_id, field_code, field_value) values (:case_id, 'izmaksas_veids', 'Uz bankas kontu');
insert into case_intake_value (case_id, field_code, field_value) values (:case_id, 'velamais_pensijas_sakuma_datums', '2027-03-01');
select gen_random_uuid()::text as file_id \gset
insert into file_handle (id, sha256, purpose, owner, institution_id, file_name, size_bytes, media_type, created_at)
values (:'file_id', 'cfa3181c1ee36e8bce5e39f84959f4558ea7ba32c0e4539a8ab3c8ce8c716ec6', 'CASE_DOCUMENT', 'latvija.portals', 1,
    'staza-izzina.pdf', 69, 'application/pdf', now());
insert into case_document (case_id, item_index, sha256, file_id, file_name, size_bytes, media_type, purpose, field_code,
    added_at, added_by)
values (:case_id, 0, 'cfa3181c1ee36e8bce5e39f84959f4558ea7ba32c0e4539a8ab3c8ce8c716ec6', :'file_id', 'staza-izzina.pdf', 69,
    'application/pdf', 'ATTACHMENT', 'stazu_apliecinosi_dokumenti', now(), 'latvija.portals');
select nextval('bench_id_seq') as event_id \gset
insert into audit_event (id, occurred_at, actor, actor_institution_id, institution_id, action, entity_type, entity_id,
    detail, client_address)
values (:event_id, now(), 'latvija.portals', 1, 2, 'CREATE', 'ServiceCase', :case_id,
    'B' || lpad(:num::text, 10, '0') || ' APPLICATION VSAA-VECUMA-PENSIJA', '127.0.0.1');
insert into portal_submission (id, portal_institution_id, idempotency_key, request_hash, case_id, created_at)
values (nextval('bench_id_seq'), 1, 'pgbench-' || :case_id, '1f6d267586e9880897504bf27e2cbf8c8df201c4407618413dd47d4a7533a22a',
    :case_id, now());
commit;
begin;
select seq + 1 as seq, hash as prev from bench_chain_head where id = 1 for update \gset
insert into bench_audit_link (seq, event_id, prev_hash, hash, linked_at)
values (:seq, :event_id, :'prev', encode(sha256((:'prev' || '|' || :event_id)::bytea), 'hex'), now());
update bench_chain_head set seq = :seq, hash = encode(sha256((:'prev' || '|' || :event_id)::bytea), 'hex') where id = 1;
commit;
