package lv.pietura.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The working-day calendar of the law and the administrators' entries. Built once and kept; a change
 * on this node rebuilds it at once, and every node rereads the entries at least every five minutes (a
 * cluster shares the database, not this cache).
 */
@ApplicationScoped
public class WorkingDays {

    private static final Duration KEEP = Duration.ofMinutes(5);

    @PersistenceContext
    EntityManager em;

    private volatile WorkingDayCalendar calendar;
    private volatile Instant builtAt = Instant.EPOCH;

    public WorkingDayCalendar calendar() {
        WorkingDayCalendar current = calendar;
        if (current == null || builtAt.plus(KEEP).isBefore(Instant.now())) {
            Map<LocalDate, DayKind> entries = em.createQuery("select e from CalendarEntry e", CalendarEntry.class)
                    .getResultStream()
                    .collect(Collectors.toMap(CalendarEntry::day, CalendarEntry::kind));
            current = new WorkingDayCalendar(entries);
            calendar = current;
            builtAt = Instant.now();
        }
        return current;
    }

    /** After a change of the entries: the next question rebuilds the calendar. */
    void changed() {
        calendar = null;
    }
}
