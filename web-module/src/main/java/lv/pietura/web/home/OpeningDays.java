package lv.pietura.web.home;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import lv.pietura.organisation.OpeningHours;

/**
 * A centre's week as people read it: the days in a row that keep the same hours (breaks included) on one
 * line, "Monday–Thursday 8:30–12:00, 12:30–17:00". Days without hours are closed and not listed.
 */
public record OpeningDays(DayOfWeek from, DayOfWeek to, List<OpeningHours> hours) implements Serializable {

    public OpeningDays {
        hours = List.copyOf(hours);
    }

    public static List<OpeningDays> of(List<OpeningHours> week) {
        Map<DayOfWeek, List<OpeningHours>> byDay = new TreeMap<>();
        week.stream()
                .sorted()
                .forEach(h ->
                        byDay.computeIfAbsent(h.day(), d -> new ArrayList<>()).add(h));
        List<OpeningDays> rows = new ArrayList<>();
        for (Map.Entry<DayOfWeek, List<OpeningHours>> day : byDay.entrySet()) {
            OpeningDays last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            if (last != null
                    && last.to.plus(1) == day.getKey()
                    && times(last.hours).equals(times(day.getValue()))) {
                rows.set(rows.size() - 1, new OpeningDays(last.from, day.getKey(), last.hours));
            } else {
                rows.add(new OpeningDays(day.getKey(), day.getKey(), day.getValue()));
            }
        }
        return rows;
    }

    public boolean oneDay() {
        return from == to;
    }

    /** The intervals of a day without the day: what two days must share to read as one line. */
    private static List<List<LocalTime>> times(List<OpeningHours> day) {
        return day.stream().map(h -> List.of(h.opensAt(), h.closesAt())).toList();
    }
}
