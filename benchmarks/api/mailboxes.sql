-- Synthetic e-address data for the API benchmarks, generated set-based on top of the demo data:
--   :companies  company accounts (the addressee catalogue the name search runs over), names made of two of
--               60 Latvian words and a serial number, e.g. "SIA Ozols Dzintars 1234567";
--   :messages   messages delivered and in their mailboxes; :mailbox of them to Ādaži's institution account
--               (the mailbox adazi.clerk reads), the others to the generated companies.
-- Registration numbers are valid (RegistrationNumber's checksum: weights 9 1 4 8 3 10 2 5 7 6 1, sum mod 11 = 3),
-- so that a bulk list of them is accepted: 5 and nine digits of the serial, then the check digit; where no
-- digit fits (the check would be 10), the number starts with 4 instead (its check then always fits).
-- Ids start at 1e9, far above what the application's sequences hand out meanwhile. The name folding is
-- EAddressAccount.searchable's for Latvian letters (diacritics off, lower case).
\set ON_ERROR_STOP on
set synchronous_commit = off;

create temporary table word (n int primary key, w text not null);
insert into word
select row_number() over () - 1, w from unnest(string_to_array(
    'Ozols Dzintars Liepa Bērzs Kalns Upe Jūra Saule Mēness Zvaigzne Ābele Rudzi Kvieši Lini Egle Priede Vējš Lietus '
    || 'Sniegs Akmens Dzelzs Zelts Sudrabs Varš Koks Lauks Pļava Mežs Ezers Strauts Krasts Osta Tilts Ceļš Sēta Nams '
    || 'Dārzs Vītols Kļava Ozoliņš Bite Medus Maize Piens Siers Zivs Laiva Bura Enkurs Vilnis Kāpa Smilts Māls Ķieģelis '
    || 'Tērauds Stikls Papīrs Audums Vilna Dzija', ' ')) as w;

create function pg_temp.registration_number(p bigint) returns text language sql immutable as $$
    select case when c < 10 then p::text || c end
    from (select ((3 - (9 * (p / 1000000000 % 10) + (p / 100000000 % 10) + 4 * (p / 10000000 % 10)
                        + 8 * (p / 1000000 % 10) + 3 * (p / 100000 % 10) + 10 * (p / 10000 % 10)
                        + 2 * (p / 1000 % 10) + 5 * (p / 100 % 10) + 7 * (p / 10 % 10) + 6 * (p % 10))) % 11 + 11) % 11
                 as c) check_digit
$$;

-- Secondary indexes are dropped while a table is filled and made again after, as the migrations define them.
create temporary table secondary_index as
select tablename, indexname, indexdef from pg_indexes i
where tablename in ('eaddress_account', 'eaddress_message', 'eaddress_delivery', 'eaddress_inbox_entry')
  and not exists (select 1 from pg_constraint c where c.conname = i.indexname);

alter table eaddress_account drop constraint eaddress_account_address_uk;
select format('drop index %I', indexname) from secondary_index where tablename = 'eaddress_account' \gexec
insert into eaddress_account (id, version, kind, identifier, name, search_name, institution_id, activated, created_at)
select 1000000000 + i, 0, 'COMPANY',
       coalesce(pg_temp.registration_number(5000000000 + i), pg_temp.registration_number(4000000000 + i)), n, lower(translate(n, 'ĀČĒĢĪĶĻŅŠŪŽāčēģīķļņšūž', 'ACEGIKLNSUZacegiklnsuz')), null, true, now()
from (select i, 'SIA ' || a.w || ' ' || b.w || ' ' || i as n
      from generate_series(1, :companies) i
      join word a on a.n = (hashint4(i) & 2147483647) % 60
      join word b on b.n = (hashint4(i * 7 + 3) & 2147483647) % 60) g;
alter table eaddress_account add constraint eaddress_account_address_uk unique (kind, identifier);
select indexdef from secondary_index where tablename = 'eaddress_account' \gexec

-- The senders: the institutions' accounts of the demo; the recipient of :mailbox messages: Ādaži's.
create temporary table sender as
select row_number() over (order by id) - 1 as n, id from eaddress_account where kind = 'INSTITUTION';
select id as adazi from eaddress_account a
where kind = 'INSTITUTION' and name like 'Ādažu novada%' \gset

select format('drop index %I', indexname) from secondary_index where tablename = 'eaddress_message' \gexec
insert into eaddress_message (id, sender_account_id, sent_by, subject, body, created_at, sent_on, deemed_delivered_on)
select lpad(to_hex(1000000000 + i), 36, '0'), s.id, null, 'Paziņojums Nr. ' || i,
       'Sintētisks ziņojums veiktspējas mērījumam.', at, at::date, at::date + 3
from (select i, timestamptz '2026-01-01' + (i * interval '2 seconds') as at from generate_series(1, :messages) i) g
join sender s on s.n = i % (select count(*) from sender);
select indexdef from secondary_index where tablename = 'eaddress_message' \gexec

alter table eaddress_delivery drop constraint eaddress_delivery_uk;
select format('drop index %I', indexname) from secondary_index where tablename = 'eaddress_delivery' \gexec
insert into eaddress_delivery (id, version, message_id, position, recipient_account_id, status, attempts, delivered_at)
select 1000000000 + i, 1, lpad(to_hex(1000000000 + i), 36, '0'), 0,
       case when i % (:messages / :mailbox) = 0 then :adazi
            else 1000000000 + 1 + (hashint4(i) & 2147483647) % :companies end,
       'DELIVERED', 1, timestamptz '2026-01-01' + (i * interval '2 seconds') + interval '5 seconds'
from generate_series(1, :messages) i;
alter table eaddress_delivery add constraint eaddress_delivery_uk unique (message_id, recipient_account_id);
select indexdef from secondary_index where tablename = 'eaddress_delivery' \gexec

alter table eaddress_inbox_entry drop constraint eaddress_inbox_entry_uk;
select format('drop index %I', indexname) from secondary_index where tablename = 'eaddress_inbox_entry' \gexec
insert into eaddress_inbox_entry (id, message_id, account_id, arrived_at, alert_status, alert_attempts)
select d.id, d.message_id, d.recipient_account_id, d.delivered_at, 'NONE', 0
from eaddress_delivery d where d.id >= 1000000000;
alter table eaddress_inbox_entry add constraint eaddress_inbox_entry_uk unique (message_id, account_id);
select indexdef from secondary_index where tablename = 'eaddress_inbox_entry' \gexec

analyze;
