package lv.pietura.web.home;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import lv.pietura.organisation.OpeningHours;
import org.junit.jupiter.api.Test;

class OpeningDaysTest {

    private static OpeningHours open(DayOfWeek day, String from, String to) {
        return new OpeningHours(day, LocalTime.parse(from), LocalTime.parse(to));
    }

    private static String read(List<OpeningDays> rows) {
        return rows.stream()
                .map(r -> r.from() + (r.oneDay() ? "" : "-" + r.to()) + " "
                        + r.hours().stream()
                                .map(h -> h.opensAt() + "-" + h.closesAt())
                                .toList())
                .toList()
                .toString();
    }

    @Test
    void daysInARowWithTheSameHoursAndBreakShareALine() {
        List<OpeningHours> week = new ArrayList<>();
        for (DayOfWeek day : List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY)) {
            week.add(open(day, "12:30", "17:00"));
            week.add(open(day, "08:30", "12:00"));
        }
        week.add(open(FRIDAY, "08:30", "12:00"));
        week.add(open(FRIDAY, "12:30", "16:00"));

        assertEquals(
                "[MONDAY-THURSDAY [08:30-12:00, 12:30-17:00], FRIDAY [08:30-12:00, 12:30-16:00]]",
                read(OpeningDays.of(week)));
    }

    @Test
    void aClosedDayBreaksTheRow() {
        List<OpeningHours> week = List.of(
                open(MONDAY, "09:00", "17:00"),
                open(WEDNESDAY, "09:00", "17:00"),
                open(THURSDAY, "09:00", "17:00"),
                open(SATURDAY, "10:00", "14:00"));

        assertEquals(
                "[MONDAY [09:00-17:00], WEDNESDAY-THURSDAY [09:00-17:00], SATURDAY [10:00-14:00]]",
                read(OpeningDays.of(week)));
    }

    @Test
    void aBreakOnOneDayOnlyKeepsThatDayApart() {
        List<OpeningHours> week = List.of(
                open(MONDAY, "09:00", "17:00"),
                open(TUESDAY, "09:00", "12:00"),
                open(TUESDAY, "13:00", "17:00"),
                open(WEDNESDAY, "09:00", "17:00"));

        assertEquals(
                "[MONDAY [09:00-17:00], TUESDAY [09:00-12:00, 13:00-17:00], WEDNESDAY [09:00-17:00]]",
                read(OpeningDays.of(week)));
        assertEquals(List.of(), OpeningDays.of(List.of()));
    }
}
