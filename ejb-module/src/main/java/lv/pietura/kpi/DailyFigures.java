package lv.pietura.kpi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One day's indicators of service cases, computed by the database: a row per holder, centre, service,
 * channel and case type with the cases received, completed, refused, closed in time and within the norm,
 * open and overdue at the day's end, suspensions, extensions, forwards, ratings, and the median and 90th
 * percentile of the working days it took to close a case; and per sending institution the e-address
 * messages sent that day with their deliveries, failures and readings, and the results of the cases
 * closed that day sent to an e-address or left for another channel. Building a day again replaces it.
 */
@ApplicationScoped
public class DailyFigures {

    // The day's facts: one row per case touched that day (received, closed, or open at its end) and one per
    // suspension, extension or forward recorded that day, summed by the database per combination.
    private static final String BUILD = """
            insert into kpi_case_day (kpi_day, handling_institution_id, centre_id, service_id, channel, case_type,
                received, completed, refused, closed_on_time, closed_within_norm, open_at_end, overdue_at_end,
                suspensions, extensions, forwards, rated, rating_sum, rating_1, rating_2, rating_3, rating_4, rating_5,
                handling_days_median, handling_days_p90)
            select ?1, f.inst, f.centre, f.service, f.channel, f.case_type,
                sum(f.received), sum(f.completed), sum(f.refused), sum(f.on_time), sum(f.within_norm), sum(f.open_end),
                sum(f.overdue_end), sum(f.suspensions), sum(f.extensions), sum(f.forwards), sum(f.rated),
                sum(f.rating_sum), sum(f.r1), sum(f.r2), sum(f.r3), sum(f.r4), sum(f.r5),
                percentile_cont(0.5) within group (order by f.hdays),
                percentile_cont(0.9) within group (order by f.hdays)
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
                    case when c.closed_on = ?1 then c.handling_working_days end hdays
                from service_case c
                where c.registered_on <= ?1 and (c.closed_on is null or c.closed_on >= ?1)
                union all
                select c.handling_institution_id, c.centre_id, c.service_id, c.channel, c.case_type,
                    0, 0, 0, 0, 0, 0, 0,
                    case when e.event_type = 'SUSPENDED' then 1 else 0 end,
                    case when e.event_type = 'EXTENDED' then 1 else 0 end,
                    case when e.event_type = 'FORWARDED' then 1 else 0 end,
                    0, 0, 0, 0, 0, 0, 0, cast(null as integer)
                from case_event e join service_case c on c.id = e.case_id
                where e.occurred_on = ?1 and e.event_type in ('SUSPENDED', 'EXTENDED', 'FORWARDED')
            ) f
            group by f.inst, f.centre, f.service, f.channel, f.case_type
            """;

    // Messages by the day they were sent (each delivery as it stands now: delivered, failed, read), and the
    // results of the cases closed that day: to an e-address, or left for another channel.
    private static final String BUILD_MESSAGES = """
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
                where m.sent_on = ?1 and a.institution_id is not null
                union all
                select c.handling_institution_id, 0, 0, 0, 0, 0, cast(null as bigint),
                    case when r.message_id is not null then 1 else 0 end,
                    case when r.other_channel then 1 else 0 end
                from eaddress_case_result r join service_case c on c.id = r.case_id
                where c.closed_on = ?1
            ) f
            group by f.inst
            """;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Replaces the figures of {@code day} in the caller's transaction; the number of rows written. */
    public int build(LocalDate day) {
        em.createNativeQuery("delete from kpi_case_day where kpi_day = ?1").setParameter(1, day).executeUpdate();
        int rows = em.createNativeQuery(BUILD).setParameter(1, day).executeUpdate();
        em.createNativeQuery("delete from kpi_message_day where kpi_day = ?1").setParameter(1, day).executeUpdate();
        rows += em.createNativeQuery(BUILD_MESSAGES).setParameter(1, day).executeUpdate();
        em.createNativeQuery("delete from kpi_day_built where kpi_day = ?1").setParameter(1, day).executeUpdate();
        em.createNativeQuery("insert into kpi_day_built (kpi_day, built_at, rows_written) values (?1, ?2, ?3)")
                .setParameter(1, day).setParameter(2, clock.instant()).setParameter(3, rows).executeUpdate();
        return rows;
    }

    /** The last day built up to {@code until}, if any (days after it, built by hand, do not count). */
    public Optional<LocalDate> lastBuilt(LocalDate until) {
        return Optional.ofNullable(em.createQuery("select max(b.kpiDay) from BuiltDay b where b.kpiDay <= :until",
                LocalDate.class).setParameter("until", until).getSingleResult());
    }

    /** The first day any case was registered, if any. */
    public Optional<LocalDate> firstCaseDay() {
        return Optional.ofNullable(em.createQuery("select min(c.registeredOn) from ServiceCase c", LocalDate.class)
                .getSingleResult());
    }
}
