-- Adds :cases synthetic service cases with their events and e-address results, :per_day a day, the last
-- day being :end_day; ids from :first_id. A case closes before :close_before: the newest history (today)
-- keeps those it could not close open, an older one (the first day of the newer history) is closed
-- entirely (:all_closed). Pseudo-random but repeatable: every choice is a hash of the case id.
--   psql -v first_id=10000000 -v cases=1000000 -v per_day=6500 -v end_day=2026-11-27 \
--        -v close_before=2026-11-28 -v all_closed=false -v built_until=2026-11-26 -f history.sql
\set ON_ERROR_STOP on
\timing off
set client_min_messages = warning;
set session_replication_role = replica;  -- the rows are consistent by construction: no FK triggers per row
set work_mem = '256MB';

create or replace function pg_temp.r(id bigint, seed bigint) returns float8 language sql immutable as
$$ select (hashint8extended(id, seed) & 2147483647)::float8 / 2147483648 $$;

-- Secondary indexes go while loading and come back afterwards (constraints' own indexes stay).
create table if not exists bench_saved_index (name text primary key, definition text not null);
insert into bench_saved_index
select indexname, indexdef from pg_indexes
where schemaname = current_schema()
  and tablename in ('service_case', 'case_event', 'eaddress_message', 'eaddress_delivery', 'eaddress_case_result')
  and indexname not in (select conname from pg_constraint)
on conflict do nothing;
do $$ declare i record; begin
    for i in select name from bench_saved_index loop
        execute 'drop index if exists ' || quote_ident(i.name);
    end loop;
end $$;

insert into service_case (id, version, case_number, case_type, channel, service_id, service_version_id,
    handling_institution_id, registering_institution_id, centre_id, registered_by, registered_at, registered_on,
    client_kind, client_code, client_name, state, deadline_kind, due_on, norm_on, suspended_days, extension_days,
    closed_on, closed_at, closed_by, handling_working_days, rating, rated_at, rating_channel, fee_due_cents)
select id, 0, 'B' || id, ctype, channel, svc, svc, holder,
    case when channel = 'IN_PERSON' then 900011 + id % 10 else holder end,
    case when channel = 'IN_PERSON' then 900001 + id % 10 end, 'bench',
    (reg + time '09:00' + (id % 28000) * interval '1 second') at time zone 'Europe/Riga', reg,
    'PERSON', lpad((1 + id % 100000)::text, 11, '0'), 'Klients ' || (1 + id % 100000),
    case when closed is null then (case when f < 0.8 then 'IN_PROGRESS' when g < 0.5 then 'NEW' else 'WAITING' end)
         when f < 0.05 then 'REFUSED' else 'COMPLETED' end,
    'WORKING_DAYS', reg + 28, reg + 14, 0, 0,
    closed, (closed + time '10:00' + (id % 25000) * interval '1 second') at time zone 'Europe/Riga',
    case when closed is not null then 'bench' end,
    case when closed is not null then (closed - reg) * 5 / 7 end,
    case when closed is not null and g < 0.3 then 5 - floor(h * h * 5)::int end,
    case when closed is not null and g < 0.3 then (closed + time '12:00') at time zone 'Europe/Riga' end,
    case when closed is not null and g < 0.3 then 'KIOSK' end,
    case when ctype = 'APPLICATION' and (svc - 900000) % 4 = 0 then 500 else 0 end
from (
    select s.*, 900001 + (svc - 900000) % 20 holder,
        case when reg + k < :'close_before'::date then reg + k
             when :all_closed then :'close_before'::date - 1 end closed
    from (
        select id, reg, 900001 + floor(pg_temp.r(id, 1) ^ 2 * 100)::int svc,
            case when pg_temp.r(id, 2) < 0.3 then 'CONSULTATION' else 'APPLICATION' end ctype,
            case when pg_temp.r(id, 3) < 0.5 then 'IN_PERSON' when pg_temp.r(id, 3) < 0.75 then 'E_SERVICE'
                 when pg_temp.r(id, 3) < 0.9 then 'E_ADDRESS' else 'EMAIL' end channel,
            case when pg_temp.r(id, 2) < 0.3 then 0 else 1 + floor(pg_temp.r(id, 4) ^ 2 * 30)::int end k,
            pg_temp.r(id, 5) f, pg_temp.r(id, 6) g, pg_temp.r(id, 7) h
        from (
            select id, :'end_day'::date - ((:first_id::bigint + :cases - 1 - id) / :per_day)::int reg
            from generate_series(:first_id::bigint, :first_id::bigint + :cases - 1) id
        ) days
    ) s
) c;

-- Events: registered; completed or refused; a tenth of the applications waited for the client (suspended
-- and resumed), a twentieth were extended, a thirty-third forwarded.
insert into case_event (id, case_id, occurred_at, occurred_on, event_type, actor, from_state, to_state,
    handling_institution_id, due_on)
select c.id * 8 + e.n, c.id, (e.day + time '11:00') at time zone 'Europe/Riga', e.day, e.type, 'bench', e.from_state,
    e.to_state, c.handling_institution_id, c.due_on
from service_case c
cross join lateral (values
    (0, c.registered_on, 'REGISTERED', null, 'NEW', true),
    (1, c.closed_on, c.state, 'IN_PROGRESS', c.state, c.closed_on is not null),
    (2, c.registered_on + 1, 'SUSPENDED', 'IN_PROGRESS', 'WAITING', c.id % 10 = 0),
    (3, c.registered_on + 2, 'RESUMED', 'WAITING', 'IN_PROGRESS', c.id % 10 = 0),
    (4, c.registered_on + 3, 'EXTENDED', 'IN_PROGRESS', 'IN_PROGRESS', c.id % 20 = 1),
    (5, c.registered_on, 'FORWARDED', 'NEW', 'NEW', c.id % 33 = 2)
) e (n, day, type, from_state, to_state, happens)
where c.id between :first_id and :first_id::bigint + :cases - 1
  and e.happens
  and (e.n <= 1 or c.case_type = 'APPLICATION' and e.day <= coalesce(c.closed_on, :'end_day'::date));

-- Results: two in five closed applications went to the client's e-address (one delivery in fifty failed,
-- seven in ten delivered were read), the rest by another channel.
insert into eaddress_message (id, sender_account_id, sent_by, subject, body, case_id, created_at, sent_on,
    deemed_delivered_on)
select 'bench-' || c.id, c.handling_institution_id, 'bench', 'Pakalpojuma rezultāts', 'Rezultāts pielikumā.', c.id,
    c.closed_at, c.closed_on, c.closed_on + 7
from service_case c
where c.id between :first_id and :first_id::bigint + :cases - 1
  and c.case_type = 'APPLICATION' and c.closed_on is not null and c.id % 5 < 2;

insert into eaddress_delivery (id, version, message_id, position, recipient_account_id, status, attempts, failure,
    delivered_at, read_at, minutes_to_read)
select c.id, 0, 'bench-' || c.id, 0, 1000001 + c.id % 100000, case when failed then 'FAILED' else 'DELIVERED' end, 1,
    case when failed then 'Adresātam nav aktivizētas e-adreses' end,
    case when not failed then c.closed_at + interval '1 minute' end,
    case when not failed and c.id % 10 < 7 then c.closed_at + (1 + c.id % 2880) * interval '1 minute' end,
    case when not failed and c.id % 10 < 7 then c.id % 2880 end
from (select c.*, c.id % 50 = 0 failed from service_case c) c
where c.id between :first_id and :first_id::bigint + :cases - 1
  and c.case_type = 'APPLICATION' and c.closed_on is not null and c.id % 5 < 2;

insert into eaddress_case_result (case_id, message_id, other_channel, recorded_at)
select c.id, case when c.id % 5 < 2 then 'bench-' || c.id end, c.id % 5 >= 2, c.closed_at
from service_case c
where c.id between :first_id and :first_id::bigint + :cases - 1
  and c.case_type = 'APPLICATION' and c.closed_on is not null;

reset session_replication_role;
do $$ declare i record; begin
    for i in select name, definition from bench_saved_index loop
        execute i.definition;
        delete from bench_saved_index where name = i.name;
    end loop;
end $$;
-- Every day up to :built_until (the day before the benchmark's day) is built already, as it would be in
-- production, so that a nightly run catches up nothing but the benchmark's day.
insert into kpi_day_built (kpi_day, built_at, rows_written)
select d::date, now(), 0
from generate_series((select min(registered_on) from service_case), :'built_until'::date, interval '1 day') d
on conflict do nothing;

vacuum analyze service_case;
vacuum analyze case_event;
vacuum analyze eaddress_message;
vacuum analyze eaddress_delivery;
vacuum analyze eaddress_case_result;
