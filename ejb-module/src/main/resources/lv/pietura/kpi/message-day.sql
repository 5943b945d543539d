-- One day's figures of the e-address (?1 is the day) per sending institution: the messages sent that day
-- with each delivery as it stands now (delivered, failed, read), and the results of the cases closed that
-- day sent to an e-address or left for another channel. Run by DailyFigures and by the benchmark.
insert into kpi_message_day (kpi_day, institution_id, messages, deliveries, delivered, failed, read_count,
    read_minutes_median, results_eaddress, results_other)
select ?1, f.inst, sum(f.messages), sum(f.deliveries), sum(f.delivered), sum(f.failed), sum(f.read_count),
    percentile_cont(0.5) within group (order by f.minutes), sum(f.results_eaddress), sum(f.results_other)
from (
    select a.institution_id inst, case when d.position = 0 then 1 else 0 end messages, 1 deliveries,
        case when d.status = 'DELIVERED' then 1 else 0 end delivered,
        case when d.status = 'FAILED' then 1 else 0 end failed,
        case when d.read_at is not null then 1 else 0 end read_count, d.minutes_to_read minutes,
        0 results_eaddress, 0 results_other
    from eaddress_delivery d join eaddress_message m on m.id = d.message_id
        join eaddress_account a on a.id = m.sender_account_id
    where m.sent_on = ?1 and a.institution_id is not null and a.training = false
    union all
    select c.handling_institution_id, 0, 0, 0, 0, 0, cast(null as bigint),
        case when r.message_id is not null then 1 else 0 end,
        case when r.other_channel then 1 else 0 end
    from eaddress_case_result r join service_case c on c.id = r.case_id
    where c.closed_on = ?1
        and c.handling_institution_id not in (select t.id from institution t where t.training_of is not null)
) f
group by f.inst
