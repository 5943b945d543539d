package lv.pietura.kpi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One day's indicators of service cases, computed by the database: a row per holder, centre, service,
 * channel and case type with the cases received, completed, refused, closed in time and within the norm,
 * open and overdue at the day's end, suspensions, extensions, forwards, ratings, and the median and 90th
 * percentile of the working days it took to close a case; and per sending institution the e-address
 * messages sent that day with their deliveries, failures and readings, and the results of the cases
 * closed that day sent to an e-address or left for another channel; and the fees due for the applications
 * received; and how the working days to close and the minutes to read were spread. The statements live
 * beside this class ({@code case-day.sql}, {@code message-day.sql} and their spreads) so that
 * the benchmark runs the very same SQL as its baseline. Building a day again replaces it.
 */
@ApplicationScoped
public class DailyFigures {

    /**
     * The day's tables and the statement that fills each: one {@code INSERT ... SELECT ... GROUP BY}, the day
     * as parameter 1. Besides the figures, how the working days to close and the minutes to read were spread
     * that day, which a period's medians are read from.
     */
    private static final List<Map.Entry<String, String>> BUILD = List.of(
            Map.entry("kpi_case_day", statement("case-day.sql")),
            Map.entry("kpi_case_day_handling", statement("case-day-handling.sql")),
            Map.entry("kpi_message_day", statement("message-day.sql")),
            Map.entry("kpi_message_day_reading", statement("message-day-reading.sql")));

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Replaces the figures of {@code day} in the caller's transaction; the number of rows written. */
    public int build(LocalDate day) {
        int rows = 0;
        for (Map.Entry<String, String> table : BUILD) {
            em.createNativeQuery("delete from " + table.getKey() + " where kpi_day = ?1")
                    .setParameter(1, day)
                    .executeUpdate();
            rows += em.createNativeQuery(table.getValue()).setParameter(1, day).executeUpdate();
        }
        em.createNativeQuery("delete from kpi_day_built where kpi_day = ?1")
                .setParameter(1, day)
                .executeUpdate();
        em.createNativeQuery("insert into kpi_day_built (kpi_day, built_at, rows_written) values (?1, ?2, ?3)")
                .setParameter(1, day)
                .setParameter(2, clock.instant())
                .setParameter(3, rows)
                .executeUpdate();
        return rows;
    }

    /** The last day built up to {@code until}, if any (days after it, built by hand, do not count). */
    public Optional<LocalDate> lastBuilt(LocalDate until) {
        return Optional.ofNullable(
                em.createQuery("select max(b.kpiDay) from BuiltDay b where b.kpiDay <= :until", LocalDate.class)
                        .setParameter("until", until)
                        .getSingleResult());
    }

    /** The first day any case was registered, if any. */
    public Optional<LocalDate> firstCaseDay() {
        return Optional.ofNullable(em.createQuery("select min(c.registeredOn) from ServiceCase c", LocalDate.class)
                .getSingleResult());
    }

    /** A statement kept beside this class, without its leading comment lines. */
    private static String statement(String name) {
        try (InputStream in = DailyFigures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.startsWith("--"))
                    .collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
