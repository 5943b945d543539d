-- Benchmark 3's baseline for the table's next page: the keyset query after the cursor where the first page
-- ended (the 20th newest entry: pgbench -D at_us=<its arrived_at in microseconds since 1970> -D id=<its id>),
-- 20 rows and one to tell whether there are more, with the sender's name, for Ādaži's institution account
-- (pgbench -D adazi=<id>).
select e.id, e.arrived_at, e.read_at, m.id, m.subject, s.name
from eaddress_inbox_entry e
join eaddress_message m on m.id = e.message_id
join eaddress_account s on s.id = m.sender_account_id
where e.account_id = :adazi
  and (e.arrived_at < timestamptz 'epoch' + :at_us * interval '1 microsecond'
       or (e.arrived_at = timestamptz 'epoch' + :at_us * interval '1 microsecond' and e.id < :id))
order by e.arrived_at desc, e.id desc
limit 21;
