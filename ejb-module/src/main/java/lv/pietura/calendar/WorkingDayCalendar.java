package lv.pietura.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which days are worked in Latvia, and terms counted in them. A day is a working day when it is a
 * weekday and not a public holiday, unless an administrator's entry says otherwise (a day moved off,
 * a Saturday worked instead). Immutable; {@link WorkingDays} gives the one built from today's entries.
 */
public final class WorkingDayCalendar {

    /** Terms are counted at most this far, so a wrong entry can never loop for ever. */
    private static final int MAX_DAYS = 20_000;

    private final Map<LocalDate, DayKind> entries;
    private final List<LocalDate> festivalClosingDays;
    private final Map<Integer, Map<LocalDate, Holiday>> holidaysByYear = new ConcurrentHashMap<>();

    public WorkingDayCalendar(Map<LocalDate, DayKind> entries) {
        this.entries = Map.copyOf(entries);
        this.festivalClosingDays = entries.entrySet().stream()
                .filter(e -> e.getValue() == DayKind.FESTIVAL_CLOSING)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** The law's holidays only, with no administrator's entries. */
    public static WorkingDayCalendar byLawOnly() {
        return new WorkingDayCalendar(Map.of());
    }

    public boolean isWorkingDay(LocalDate day) {
        DayKind entry = entries.get(day);
        if (entry == DayKind.WORKING_DAY) {
            return true;
        }
        if (entry == DayKind.DAY_OFF) {
            return false;
        }
        return !LatvianHolidays.isWeekend(day) && holiday(day).isEmpty();
    }

    /** The public holiday on {@code day}, if it is one. */
    public Optional<Holiday> holiday(LocalDate day) {
        return Optional.ofNullable(holidays(day.getYear()).get(day));
    }

    /** The public holidays of a year, by date. */
    public Map<LocalDate, Holiday> holidays(int year) {
        return holidaysByYear.computeIfAbsent(year, y -> Map.copyOf(LatvianHolidays.of(y, festivalClosingDays)));
    }

    /**
     * The last day of a term of {@code days} working days that starts to run the day after {@code from}
     * (a case registered on Friday with a term of one working day is due on Monday).
     */
    public LocalDate addWorkingDays(LocalDate from, int days) {
        if (days < 0) {
            return subtractWorkingDays(from, -days);
        }
        LocalDate day = from;
        int counted = 0;
        int guard = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
            guard(++guard);
        }
        return day;
    }

    /** The working day {@code days} working days before {@code from}. */
    public LocalDate subtractWorkingDays(LocalDate from, int days) {
        LocalDate day = from;
        int counted = 0;
        int guard = 0;
        while (counted < days) {
            day = day.minusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
            guard(++guard);
        }
        return day;
    }

    /**
     * The last day of a term of {@code days} calendar days after {@code from}; when that day is not a
     * working day, the term ends on the next working day (Administrative Procedure Law, section 45).
     */
    public LocalDate addCalendarDays(LocalDate from, int days) {
        return nextWorkingDayFrom(from.plusDays(days));
    }

    /** {@code day} itself when it is worked, else the next working day. */
    public LocalDate nextWorkingDayFrom(LocalDate day) {
        LocalDate next = day;
        int guard = 0;
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
            guard(++guard);
        }
        return next;
    }

    /** Working days after {@code from} up to and including {@code to}; 0 when {@code to} is not after it. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        int steps = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
            guard(++steps);
        }
        return count;
    }

    private static void guard(int steps) {
        if (steps > MAX_DAYS) {
            throw new IllegalStateException("A term longer than " + MAX_DAYS + " days was asked for");
        }
    }

    /** The entry an administrator made for {@code day}, if any. */
    public Optional<DayKind> entry(LocalDate day) {
        return Optional.ofNullable(entries.get(day));
    }
}
