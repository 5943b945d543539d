-- How many of the deliveries of the messages sent on a day (?1) were read after how many minutes, per
-- sending institution, as they stand now: the spread the dashboards read a period's median from. Run by
-- DailyFigures and by the benchmark.
insert into kpi_message_day_reading (kpi_day, institution_id, minutes_to_read, deliveries)
select ?1, a.institution_id, d.minutes_to_read, count(*)
from eaddress_delivery d join eaddress_message m on m.id = d.message_id
    join eaddress_account a on a.id = m.sender_account_id
where m.sent_on = ?1 and a.institution_id is not null and a.training = false and d.minutes_to_read is not null
group by a.institution_id, d.minutes_to_read
