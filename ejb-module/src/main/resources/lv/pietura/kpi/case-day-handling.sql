-- How many of the cases closed on a day (?1) took how many working days, per holder, centre, service,
-- channel and case type: the spread the dashboards read a period's median from. Run by DailyFigures and
-- by the benchmark.
insert into kpi_case_day_handling (kpi_day, handling_institution_id, centre_id, service_id, channel, case_type,
    working_days, cases)
select ?1, c.handling_institution_id, c.centre_id, c.service_id, c.channel, c.case_type,
    c.handling_working_days, count(*)
from service_case c
where c.closed_on = ?1 and c.handling_working_days is not null
    and c.handling_institution_id not in (select t.id from institution t where t.training_of is not null)
group by c.handling_institution_id, c.centre_id, c.service_id, c.channel, c.case_type, c.handling_working_days
