package lv.pietura.calendar;

import static lv.pietura.shared.RoleNames.PLATFORM_ADMIN;
import static lv.pietura.shared.RoleNames.STAFF;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import lv.pietura.audit.AuditAction;
import lv.pietura.audit.AuditLog;
import lv.pietura.organisation.Caller;
import lv.pietura.organisation.CallerContext;
import lv.pietura.shared.NotFound;
import lv.pietura.shared.RuleViolation;

/**
 * The working-day calendar: every staff member may read a year; platform administrators keep the days
 * no rule computes (the Cabinet's moved days, a festival's closing day, a one-off holiday).
 */
@Stateless
@RolesAllowed(PLATFORM_ADMIN)
public class CalendarAdministration {

    static final String ENTITY = "CalendarEntry";
    private static final int FIRST_YEAR = 1990;
    private static final int LAST_YEAR = 2100;

    @PersistenceContext
    EntityManager em;

    @Inject
    WorkingDays workingDays;

    @Inject
    CallerContext callers;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** The year's holidays and entries, by date. */
    @RolesAllowed(STAFF)
    public List<CalendarDay> year(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw RuleViolation.ofField("year", "calendar.year.range", FIRST_YEAR, LAST_YEAR);
        }
        WorkingDayCalendar calendar = workingDays.calendar();
        Map<LocalDate, CalendarEntry> entries = new HashMap<>();
        em.createQuery("select e from CalendarEntry e where e.day between :first and :last", CalendarEntry.class)
                .setParameter("first", LocalDate.of(year, 1, 1))
                .setParameter("last", LocalDate.of(year, 12, 31))
                .getResultStream()
                .forEach(e -> entries.put(e.day(), e));
        Map<LocalDate, Holiday> holidays = calendar.holidays(year);
        TreeSet<LocalDate> days = new TreeSet<>(holidays.keySet());
        days.addAll(entries.keySet());
        List<CalendarDay> result = new ArrayList<>();
        for (LocalDate day : days) {
            CalendarEntry entry = entries.get(day);
            result.add(new CalendarDay(
                    day,
                    calendar.isWorkingDay(day),
                    holidays.get(day),
                    entry == null ? null : entry.kind(),
                    entry == null ? null : entry.note(),
                    entry == null ? null : entry.id()));
        }
        return result;
    }

    /** Whether {@code day} is worked, for a date picker or a check. */
    @RolesAllowed(STAFF)
    public boolean isWorkingDay(LocalDate day) {
        return workingDays.calendar().isWorkingDay(day);
    }

    public long add(LocalDate day, DayKind kind, String noteLv, String noteEn) {
        Caller caller = callers.current();
        if (day != null && (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR)) {
            throw RuleViolation.ofField("day", "calendar.year.range", FIRST_YEAR, LAST_YEAR);
        }
        if (day != null
                && !em.createQuery("select e from CalendarEntry e where e.day = :day", CalendarEntry.class)
                        .setParameter("day", day)
                        .getResultList()
                        .isEmpty()) {
            throw RuleViolation.ofField("day", "calendar.day.taken", day);
        }
        if (kind == DayKind.FESTIVAL_CLOSING
                && day != null
                && em.createQuery(
                                        "select count(e) from CalendarEntry e where e.kind = :kind and e.day between :first and :last",
                                        Long.class)
                                .setParameter("kind", DayKind.FESTIVAL_CLOSING)
                                .setParameter("first", LocalDate.of(day.getYear(), 1, 1))
                                .setParameter("last", LocalDate.of(day.getYear(), 12, 31))
                                .getSingleResult()
                        > 0) {
            throw RuleViolation.ofField("day", "calendar.festival.oncePerYear", day.getYear());
        }
        CalendarEntry entry =
                new CalendarEntry(day, kind, noteLv, noteEn, calendarWithout(day), clock.instant(), caller.username());
        em.persist(entry);
        em.flush();
        workingDays.changed();
        audit.record(
                caller.actor(),
                AuditAction.CREATE,
                ENTITY,
                entry.id(),
                null,
                day + " " + kind + ": " + entry.note().lv());
        return entry.id();
    }

    public void remove(long id) {
        Caller caller = callers.current();
        CalendarEntry entry = em.find(CalendarEntry.class, id);
        if (entry == null) {
            throw new NotFound("calendarEntry", id);
        }
        em.remove(entry);
        em.flush();
        workingDays.changed();
        audit.record(caller.actor(), AuditAction.DELETE, ENTITY, id, null, entry.day() + " " + entry.kind());
    }

    /** The calendar as it would be without an entry on {@code day}, to judge a new one against. */
    private WorkingDayCalendar calendarWithout(LocalDate day) {
        return new WorkingDayCalendar(em.createQuery("select e from CalendarEntry e", CalendarEntry.class)
                .getResultStream()
                .filter(e -> !e.day().equals(day))
                .collect(Collectors.toMap(CalendarEntry::day, CalendarEntry::kind)));
    }
}
