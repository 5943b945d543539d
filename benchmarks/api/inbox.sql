-- Benchmark 3's baseline: the inbox's first page by keyset (newest first, 20 rows and one to tell whether
-- there are more), with the sender's name, for Ādaži's institution account (pgbench -D adazi=<id>).
select e.id, e.arrived_at, e.read_at, m.id, m.subject, s.name
from eaddress_inbox_entry e
join eaddress_message m on m.id = e.message_id
join eaddress_account s on s.id = m.sender_account_id
where e.account_id = :adazi
order by e.arrived_at desc, e.id desc
limit 21;
