-- One day's figures of service cases (?1 is the day), aggregated by the database: one row per case touched
-- that day (received, closed, or open at its end) and one per suspension, extension or forward recorded
-- that day, and one per fee entry recorded that day (paid, exempted, refunded), summed per holder, centre,
-- service, channel and case type (a training sandbox's cases never count). Run by DailyFigures in the nightly
-- job, and as it stands by the benchmark (benchmarks/kpi-nightly.sh) as the raw SQL baseline.
insert into kpi_case_day (kpi_day, handling_institution_id, centre_id, service_id, channel, case_type,
    received, completed, refused, closed_on_time, closed_within_norm, open_at_end, overdue_at_end,
    suspensions, extensions, forwards, rated, rating_sum, rating_1, rating_2, rating_3, rating_4, rating_5,
    handling_days_median, handling_days_p90, fees_due_cents, fees_paid_cents, fees_exempt_cents,
    fees_refunded_cents)
select ?1, f.inst, f.centre, f.service, f.channel, f.case_type,
    sum(f.received), sum(f.completed), sum(f.refused), sum(f.on_time), sum(f.within_norm), sum(f.open_end),
    sum(f.overdue_end), sum(f.suspensions), sum(f.extensions), sum(f.forwards), sum(f.rated),
    sum(f.rating_sum), sum(f.r1), sum(f.r2), sum(f.r3), sum(f.r4), sum(f.r5),
    percentile_cont(0.5) within group (order by f.hdays),
    percentile_cont(0.9) within group (order by f.hdays),
    sum(f.fees), sum(f.paid), sum(f.exempt), sum(f.refunded)
from (
    select c.handling_institution_id inst, c.centre_id centre, c.service_id service, c.channel channel,
        c.case_type case_type,
        case when c.registered_on = ?1 then 1 else 0 end received,
        case when c.closed_on = ?1 and c.state = 'COMPLETED' then 1 else 0 end completed,
        case when c.closed_on = ?1 and c.state = 'REFUSED' then 1 else 0 end refused,
        case when c.closed_on = ?1 and c.closed_on <= c.due_on then 1 else 0 end on_time,
        case when c.closed_on = ?1 and c.closed_on <= coalesce(c.norm_on, c.due_on) then 1 else 0 end
            within_norm,
        case when c.closed_on is null or c.closed_on > ?1 then 1 else 0 end open_end,
        case when (c.closed_on is null or c.closed_on > ?1) and c.due_on < ?1 then 1 else 0 end overdue_end,
        0 suspensions, 0 extensions, 0 forwards,
        case when c.closed_on = ?1 and c.rating is not null then 1 else 0 end rated,
        case when c.closed_on = ?1 and c.rating is not null then c.rating else 0 end rating_sum,
        case when c.closed_on = ?1 and c.rating = 1 then 1 else 0 end r1,
        case when c.closed_on = ?1 and c.rating = 2 then 1 else 0 end r2,
        case when c.closed_on = ?1 and c.rating = 3 then 1 else 0 end r3,
        case when c.closed_on = ?1 and c.rating = 4 then 1 else 0 end r4,
        case when c.closed_on = ?1 and c.rating = 5 then 1 else 0 end r5,
        case when c.closed_on = ?1 then c.handling_working_days end hdays,
        case when c.registered_on = ?1 then c.fee_due_cents else 0 end fees,
        0 paid, 0 exempt, 0 refunded
    from service_case c
    where c.registered_on <= ?1 and (c.closed_on is null or c.closed_on >= ?1)
        and c.handling_institution_id not in (select t.id from institution t where t.training_of is not null)
    union all
    select c.handling_institution_id, c.centre_id, c.service_id, c.channel, c.case_type,
        0, 0, 0, 0, 0, 0, 0,
        case when e.event_type = 'SUSPENDED' then 1 else 0 end,
        case when e.event_type = 'EXTENDED' then 1 else 0 end,
        case when e.event_type = 'FORWARDED' then 1 else 0 end,
        0, 0, 0, 0, 0, 0, 0, cast(null as integer), 0, 0, 0, 0
    from case_event e join service_case c on c.id = e.case_id
    where e.occurred_on = ?1 and e.event_type in ('SUSPENDED', 'EXTENDED', 'FORWARDED')
        and c.handling_institution_id not in (select t.id from institution t where t.training_of is not null)
    union all
    select c.handling_institution_id, c.centre_id, c.service_id, c.channel, c.case_type,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, cast(null as integer), 0,
        case when p.kind = 'PAYMENT' then p.amount_cents else 0 end,
        case when p.kind = 'EXEMPTION' then p.amount_cents else 0 end,
        case when p.kind = 'REFUND' then p.amount_cents else 0 end
    from case_fee_entry p join service_case c on c.id = p.case_id
    where p.recorded_on = ?1
        and c.handling_institution_id not in (select t.id from institution t where t.training_of is not null)
) f
group by f.inst, f.centre, f.service, f.channel, f.case_type
