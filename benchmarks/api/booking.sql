-- Benchmark 6's baseline: what one booking through the public page does in the database, as one transaction: the
-- centre's plan taken for update (bookings of a centre are made one after another), the e-mail address's upcoming
-- bookings and the network address's bookings of the last hour counted (the limits), the desks already held at the
-- chosen time read, and the booking inserted on the lowest free desk. Days and times at random among the plan's
-- (:centre, :days ahead; times of 5 minutes from 09:00, :slots a day); a time already full is no booking
-- (ON CONFLICT DO NOTHING), as the page answers "just taken".
\set d random(1, :days)
\set s random(0, :slots - 1)
\set n random(1, 1000000000)
begin;
select slot_minutes, desks from booking_plan where centre_id = :centre for update;
select count(*) from booking where email = 'pgbench' || :n || '@example.lv' and status = 'BOOKED' and visit_day >= current_date;
select count(*) from booking where booked_from = '127.0.0.1' and booked_at > now() - interval '1 hour';
select desk from booking where centre_id = :centre and visit_day = current_date + :d
    and starts_at = time '09:00' + :s * interval '5 minutes' and desk is not null;
insert into booking (version, reference, centre_id, service_id, visit_day, starts_at, ends_at, desk, status, client_name,
    email, phone, language, token_hash, booked_at, booked_from)
select 0, 'P-' || :n, :centre, :service, current_date + :d, time '09:00' + :s * interval '5 minutes',
    time '09:05' + :s * interval '5 minutes', coalesce(max(desk), 0) + 1, 'BOOKED', 'Slodzes Klients',
    'pgbench' || :n || '@example.lv', null, 'lv', md5(:n::text || random()::text) || md5(random()::text), now(), '127.0.0.1'
from booking where centre_id = :centre and visit_day = current_date + :d
    and starts_at = time '09:00' + :s * interval '5 minutes' and desk is not null
having coalesce(max(desk), 0) < 50
on conflict do nothing;
commit;
