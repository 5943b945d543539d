package lv.pietura.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import lv.pietura.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {

    private static final WorkingDayCalendar LAW = WorkingDayCalendar.byLawOnly();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @ParameterizedTest
    @CsvSource({
        "2000, 2000-04-23",
        "2019, 2019-04-21",
        "2024, 2024-03-31",
        "2025, 2025-04-20",
        "2026, 2026-04-05",
        "2027, 2027-03-28",
        "2038, 2038-04-25"
    })
    void easterFollowsTheGregorianComputus(int year, LocalDate easter) {
        assertThat(LatvianHolidays.easterSunday(year)).isEqualTo(easter);
    }

    @Test
    void theHolidaysOf2026() {
        assertThat(LAW.holidays(2026))
                .containsOnly(
                        Map.entry(d("2026-01-01"), Holiday.NEW_YEAR),
                        Map.entry(d("2026-04-03"), Holiday.GOOD_FRIDAY),
                        Map.entry(d("2026-04-05"), Holiday.EASTER_SUNDAY),
                        Map.entry(d("2026-04-06"), Holiday.EASTER_MONDAY),
                        Map.entry(d("2026-05-01"), Holiday.LABOUR_DAY),
                        Map.entry(d("2026-05-04"), Holiday.INDEPENDENCE_RESTORATION),
                        Map.entry(d("2026-05-10"), Holiday.MOTHERS_DAY),
                        Map.entry(d("2026-05-24"), Holiday.WHITSUNDAY),
                        Map.entry(d("2026-06-23"), Holiday.MIDSUMMER_EVE),
                        Map.entry(d("2026-06-24"), Holiday.MIDSUMMER_DAY),
                        Map.entry(d("2026-11-18"), Holiday.PROCLAMATION_DAY),
                        Map.entry(d("2026-12-24"), Holiday.CHRISTMAS_EVE),
                        Map.entry(d("2026-12-25"), Holiday.CHRISTMAS_DAY),
                        Map.entry(d("2026-12-26"), Holiday.SECOND_CHRISTMAS_DAY),
                        Map.entry(d("2026-12-31"), Holiday.NEW_YEARS_EVE));
    }

    @Test
    void weekdaysAreWorkedAndWeekendsAndHolidaysAreNot() {
        assertThat(LAW.isWorkingDay(d("2026-11-27"))).as("a Friday").isTrue();
        assertThat(LAW.isWorkingDay(d("2026-11-28"))).as("a Saturday").isFalse();
        assertThat(LAW.isWorkingDay(d("2026-11-29"))).as("a Sunday").isFalse();
        assertThat(LAW.isWorkingDay(d("2026-11-18"))).as("18 November").isFalse();
        assertThat(LAW.isWorkingDay(d("2026-04-03"))).as("Good Friday").isFalse();
        assertThat(LAW.isWorkingDay(d("2026-04-06"))).as("Easter Monday").isFalse();
    }

    @Test
    void fourthOfMayOnASundayGivesTheMondayOff() {
        assertThat(LAW.holiday(d("2025-05-05"))).contains(Holiday.MOVED_FROM_WEEKEND);
        assertThat(LAW.isWorkingDay(d("2025-05-05"))).isFalse();
        assertThat(LAW.isWorkingDay(d("2025-05-06"))).isTrue();
    }

    @Test
    void eighteenthOfNovemberOnASaturdayGivesTheMondayOff() {
        assertThat(LAW.isWorkingDay(d("2023-11-20"))).isFalse();
        assertThat(LAW.isWorkingDay(d("2028-11-20"))).isFalse();
        assertThat(LAW.isWorkingDay(d("2028-11-21"))).isTrue();
    }

    @Test
    void otherHolidaysOnAWeekendMoveNothing() {
        // 24 and 25 December 2022 were Saturday and Sunday; Monday 26 December is a holiday of its own
        // and Tuesday 27 December was worked
        assertThat(LAW.isWorkingDay(d("2022-12-27"))).isTrue();
        // 1 May 2027 is a Saturday: Monday 3 May is worked
        assertThat(LAW.isWorkingDay(d("2027-05-03"))).isTrue();
    }

    @Test
    void theFestivalsClosingDayIsAHolidayOnlyInTheYearsAnAdministratorRecords() {
        assertThat(LAW.isWorkingDay(d("2023-07-10"))).isTrue();
        WorkingDayCalendar festival2023 = new WorkingDayCalendar(Map.of(d("2023-07-09"), DayKind.FESTIVAL_CLOSING));
        assertThat(festival2023.holiday(d("2023-07-09"))).contains(Holiday.FESTIVAL_CLOSING);
        // Sunday 9 July 2023: the Monday after was a day off
        assertThat(festival2023.isWorkingDay(d("2023-07-10"))).isFalse();
        assertThat(festival2023.isWorkingDay(d("2023-07-11"))).isTrue();
    }

    @Test
    void theCabinetsMovedDaysAreData() {
        // 2025: Monday 17 November not worked, Saturday 8 November worked instead
        WorkingDayCalendar moved =
                new WorkingDayCalendar(Map.of(d("2025-11-17"), DayKind.DAY_OFF, d("2025-11-08"), DayKind.WORKING_DAY));
        assertThat(moved.isWorkingDay(d("2025-11-17"))).isFalse();
        assertThat(moved.isWorkingDay(d("2025-11-08"))).isTrue();
        assertThat(LAW.isWorkingDay(d("2025-11-17"))).isTrue();
        // Friday 14 November + 1 working day: Monday moved off, Tuesday 18 November a holiday
        assertThat(moved.addWorkingDays(d("2025-11-14"), 1)).isEqualTo(d("2025-11-19"));
        // Friday 7 November + 1 working day: the Saturday is worked
        assertThat(moved.addWorkingDays(d("2025-11-07"), 1)).isEqualTo(d("2025-11-08"));
    }

    @Test
    void aTermStartsTheDayAfterAndSkipsWeekends() {
        assertThat(LAW.addWorkingDays(d("2026-11-27"), 1)).as("Friday + 1").isEqualTo(d("2026-11-30"));
        assertThat(LAW.addWorkingDays(d("2026-11-23"), 5)).as("Monday + 5").isEqualTo(d("2026-11-30"));
        assertThat(LAW.addWorkingDays(d("2026-11-28"), 1)).as("Saturday + 1").isEqualTo(d("2026-11-30"));
        assertThat(LAW.addWorkingDays(d("2026-11-27"), 0)).isEqualTo(d("2026-11-27"));
    }

    @Test
    void aTermCrossesTheYearBoundaryAndItsHolidays() {
        // 31 December and 1 January are holidays, 2 and 3 January 2027 a weekend
        assertThat(LAW.addWorkingDays(d("2026-12-30"), 1)).isEqualTo(d("2027-01-04"));
        assertThat(LAW.addWorkingDays(d("2026-12-22"), 2)).as("24-26 Dec off").isEqualTo(d("2026-12-28"));
        assertThat(LAW.addWorkingDays(d("2026-12-30"), 20)).isEqualTo(d("2027-01-29"));
    }

    @Test
    void aMonthOfWorkingDaysAroundEaster() {
        // Wed 1 April 2026 + 3: Thu 2, (Good Friday, weekend, Easter Monday), Tue 7, Wed 8
        assertThat(LAW.addWorkingDays(d("2026-04-01"), 3)).isEqualTo(d("2026-04-08"));
    }

    @Test
    void countingBackSkipsTheSameDays() {
        assertThat(LAW.subtractWorkingDays(d("2027-01-04"), 1)).isEqualTo(d("2026-12-30"));
        assertThat(LAW.addWorkingDays(d("2027-01-04"), -1)).isEqualTo(d("2026-12-30"));
        assertThat(LAW.workingDaysBetween(d("2026-12-30"), d("2027-01-04"))).isEqualTo(1);
        assertThat(LAW.workingDaysBetween(d("2026-11-23"), d("2026-11-30"))).isEqualTo(5);
        assertThat(LAW.workingDaysBetween(d("2026-11-30"), d("2026-11-23"))).isZero();
    }

    @Test
    void aTermInCalendarDaysEndingOnADayOffEndsOnTheNextWorkingDay() {
        assertThat(LAW.addCalendarDays(d("2026-11-02"), 10)).as("Thursday").isEqualTo(d("2026-11-12"));
        // Friday 19 June + 5 = Wednesday 24 June, Midsummer Day: Thursday 25 June
        assertThat(LAW.addCalendarDays(d("2026-06-19"), 5)).isEqualTo(d("2026-06-25"));
        assertThat(LAW.addCalendarDays(d("2026-11-27"), 1)).as("a Saturday").isEqualTo(d("2026-11-30"));
    }

    @Test
    void anEntryMustChangeSomething() {
        Instant now = Instant.parse("2026-11-27T10:00:00Z");
        assertThatThrownBy(
                        () -> new CalendarEntry(d("2026-11-28"), DayKind.DAY_OFF, "Sestdiena", null, LAW, now, "admin"))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("calendar.dayOff.notWorked");
        assertThatThrownBy(() -> new CalendarEntry(d("2026-11-18"), DayKind.DAY_OFF, "Svētki", null, LAW, now, "admin"))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("calendar.dayOff.notWorked");
        assertThatThrownBy(() ->
                        new CalendarEntry(d("2026-11-27"), DayKind.WORKING_DAY, "Piektdiena", null, LAW, now, "admin"))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("calendar.workingDay.weekday");
        assertThatThrownBy(() -> new CalendarEntry(d("2026-11-30"), DayKind.DAY_OFF, " ", null, LAW, now, "admin"))
                .isInstanceOf(RuleViolation.class);
        CalendarEntry moved =
                new CalendarEntry(d("2026-11-30"), DayKind.DAY_OFF, "Pārcelta darba diena", null, LAW, now, "admin");
        assertThat(moved.kind()).isEqualTo(DayKind.DAY_OFF);
    }
}
