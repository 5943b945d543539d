-- The benchmark's reference data, once per database: 20 institutions (10 state bodies, 10 municipalities
-- with a customer service centre each), 100 services with a published version (every fourth with a fee),
-- an e-address account per institution and 100 000 persons with an activated e-address.
-- Ids from 900 001 keep clear of the application's own sequences.
insert into institution (id, version, name_lv, name_en, registration_number, kind, e_address)
select 900000 + i, 0, 'Etalona iestāde ' || i, 'Benchmark institution ' || i, '9' || lpad(i::text, 10, '0'),
    case when i <= 10 then 'STATE_BODY' else 'MUNICIPALITY' end, '_DEFAULT@9' || lpad(i::text, 10, '0')
from generate_series(1, 20) i;

insert into centre (id, version, name, municipality_id, address, centre_type, active)
select 900000 + i, 0, 'Etalona VPVKAC ' || i, 900010 + i, 'Etalona iela ' || i, 'COUNTY', true
from generate_series(1, 10) i;

insert into service (id, version, code, holder_id, in_minimum_basket, withdrawn_on, created_at)
select 900000 + s, 0, 'BENCH-' || s, 900001 + (s % 20), s % 3 = 0, null, timestamp with time zone '2000-01-01 00:00:00+00'
from generate_series(1, 100) s;

insert into service_version (id, version, service_id, version_number, state, valid_from, name_lv, name_en, recipients,
    deadline_days, deadline_kind, norm_days, suspension_allowed, extension_allowed, max_extension_days, search_text,
    created_at, created_by, changed_at, changed_by, published_at, published_by)
select 900000 + s, 0, 900000 + s, 1, 'PUBLISHED', date '2000-01-01', 'Etalona pakalpojums ' || s,
    'Benchmark service ' || s, 'BOTH', 20, 'WORKING_DAYS', 10, true, true, 20, 'etalona pakalpojums ' || s,
    now(), 'bench', now(), 'bench', now(), 'bench'
from generate_series(1, 100) s;

insert into service_version_request_channel (version_id, channel)
select 900000 + s, ch from generate_series(1, 100) s, unnest(array['IN_PERSON', 'E_ADDRESS', 'EMAIL']) ch;

insert into service_version_fee (version_id, item_index, description_lv, description_en, amount_cents, legal_basis)
select 900000 + s, 0, 'Valsts nodeva', 'State fee', 500, null from generate_series(4, 100, 4) s;

insert into eaddress_account (id, version, kind, identifier, name, search_name, institution_id, activated, created_at)
select 900000 + i, 0, 'INSTITUTION', '9' || lpad(i::text, 10, '0'), 'Etalona iestāde ' || i, 'etalona iestāde ' || i,
    900000 + i, true, now()
from generate_series(1, 20) i;

insert into eaddress_account (id, version, kind, identifier, name, search_name, institution_id, activated, created_at)
select 1000000 + p, 0, 'PERSON', lpad(p::text, 11, '0'), 'Persona ' || p, 'persona ' || p, null, true, now()
from generate_series(1, 100000) p;
