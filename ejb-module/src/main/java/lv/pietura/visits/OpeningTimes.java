package lv.pietura.visits;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import lv.pietura.calendar.WorkingDayCalendar;
import lv.pietura.organisation.OpeningHours;

/**
 * When a centre is open on a given day and which visits fit in: its weekly hours (a break is the gap between two
 * intervals of a day), except that it is closed on public holidays and on weekdays the calendar moved off, and that a
 * Saturday or Sunday worked instead of a day moved off keeps that day's own hours or, where it has none, Friday's.
 */
public final class OpeningTimes {

    private OpeningTimes() {}

    /** One visit's time: from its start until its end. */
    public record Time(LocalTime start, LocalTime end) {}

    public static List<OpeningHours> on(LocalDate day, List<OpeningHours> week, WorkingDayCalendar calendar) {
        if (calendar.holiday(day).isPresent()) {
            return List.of();
        }
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        boolean worked = calendar.isWorkingDay(day);
        if (!weekend && !worked) {
            return List.of();
        }
        List<OpeningHours> own = of(week, day.getDayOfWeek());
        return weekend && worked && own.isEmpty() ? of(week, DayOfWeek.FRIDAY) : own;
    }

    /** The visits of {@code minutes} that fit whole into the intervals, one after another from each opening. */
    public static List<Time> visits(List<OpeningHours> intervals, int minutes) {
        List<Time> times = new ArrayList<>();
        for (OpeningHours interval : intervals) {
            LocalTime start = interval.opensAt();
            while (true) {
                LocalTime end = start.plusMinutes(minutes);
                if (end.isAfter(interval.closesAt()) || end.isBefore(start) || end.equals(LocalTime.MIDNIGHT)) {
                    break;
                }
                times.add(new Time(start, end));
                start = end;
            }
        }
        return times;
    }

    private static List<OpeningHours> of(List<OpeningHours> week, DayOfWeek day) {
        return week.stream().filter(h -> h.day() == day).sorted().toList();
    }
}
