package lv.pietura.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import lv.pietura.calendar.DayKind;
import lv.pietura.calendar.WorkingDayCalendar;
import lv.pietura.organisation.OpeningHours;
import lv.pietura.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** When a centre can be booked: its hours, its breaks, the calendar's holidays and moved days, the plan. */
class BookingRulesTest {

    /** Monday to Thursday 9-12 and 13-17 (a lunch break), Friday 9-14, Saturday closed. */
    private static final List<OpeningHours> WEEK = List.of(
            hours(DayOfWeek.MONDAY, 9, 12),
            hours(DayOfWeek.MONDAY, 13, 17),
            hours(DayOfWeek.TUESDAY, 9, 12),
            hours(DayOfWeek.TUESDAY, 13, 17),
            hours(DayOfWeek.WEDNESDAY, 9, 12),
            hours(DayOfWeek.WEDNESDAY, 13, 17),
            hours(DayOfWeek.THURSDAY, 9, 12),
            hours(DayOfWeek.THURSDAY, 13, 17),
            hours(DayOfWeek.FRIDAY, 9, 14));

    private static final WorkingDayCalendar LAW = WorkingDayCalendar.byLawOnly();

    @Test
    void visitsFillTheOpeningHoursAndLeaveTheBreakFree() {
        List<OpeningTimes.Time> monday = OpeningTimes.visits(OpeningTimes.on(LocalDate.of(2026, 12, 7), WEEK, LAW), 30);
        assertThat(monday).hasSize(6 + 8);
        assertThat(monday.get(0)).isEqualTo(time(9, 0, 9, 30));
        assertThat(monday.get(5)).isEqualTo(time(11, 30, 12, 0));
        assertThat(monday.get(6)).as("after the break").isEqualTo(time(13, 0, 13, 30));
        assertThat(monday).noneMatch(t -> t.start().equals(LocalTime.of(12, 0)));
    }

    @Test
    void aVisitThatWouldRunPastClosingIsNotOffered() {
        List<OpeningTimes.Time> friday =
                OpeningTimes.visits(OpeningTimes.on(LocalDate.of(2026, 12, 11), WEEK, LAW), 40);
        assertThat(friday).last().isEqualTo(time(13, 0, 13, 40));
    }

    @Test
    void closedOnPublicHolidaysAndWeekendsWithoutHours() {
        assertThat(OpeningTimes.on(LocalDate.of(2026, 11, 18), WEEK, LAW))
                .as("18 November, a Wednesday and a public holiday")
                .isEmpty();
        assertThat(OpeningTimes.on(LocalDate.of(2026, 12, 12), WEEK, LAW))
                .as("a Saturday")
                .isEmpty();
        assertThat(OpeningTimes.on(LocalDate.of(2026, 12, 24), WEEK, LAW))
                .as("Christmas Eve")
                .isEmpty();
    }

    @Test
    void aDayMovedOffIsClosedAndTheSaturdayWorkedInsteadKeepsFridaysHours() {
        WorkingDayCalendar moved = new WorkingDayCalendar(
                Map.of(LocalDate.of(2026, 12, 7), DayKind.DAY_OFF, LocalDate.of(2026, 12, 12), DayKind.WORKING_DAY));
        assertThat(OpeningTimes.on(LocalDate.of(2026, 12, 7), WEEK, moved)).isEmpty();
        assertThat(OpeningTimes.on(LocalDate.of(2026, 12, 12), WEEK, moved))
                .singleElement()
                .satisfies(h -> {
                    assertThat(h.opensAt()).isEqualTo(LocalTime.of(9, 0));
                    assertThat(h.closesAt()).isEqualTo(LocalTime.of(14, 0));
                });
    }

    @Test
    void aCentreOpenOnSaturdaysKeepsItsOwnSaturdayHours() {
        List<OpeningHours> withSaturday = List.of(hours(DayOfWeek.SATURDAY, 10, 13));
        assertThat(OpeningTimes.visits(OpeningTimes.on(LocalDate.of(2026, 12, 12), withSaturday, LAW), 60))
                .containsExactly(time(10, 0, 11, 0), time(11, 0, 12, 0), time(12, 0, 13, 0));
    }

    @Test
    void theConsultantsOnDutyOnADayOverrideTheOrdinaryNumber() {
        BookingPlan plan = new BookingPlan(1L, 20, 3, 30);
        LocalDate day = LocalDate.of(2026, 12, 8);
        assertThat(plan.desksOn(day)).isEqualTo(3);
        plan.desksOn(day, 1);
        assertThat(plan.desksOn(day)).isEqualTo(1);
        assertThat(plan.ordinary(day)).isFalse();
        plan.desksOn(day, null);
        assertThat(plan.desksOn(day)).isEqualTo(3);
        assertThatThrownBy(() -> plan.desksOn(day, 51)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void aPlanOutsideItsBoundsIsRefusedWithEveryProblemAtOnce() {
        assertThatThrownBy(() -> new BookingPlan(1L, 3, -1, 0))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        v -> assertThat(v.problems())
                                .extracting(RuleViolation.Problem::messageKey)
                                .containsExactlyInAnyOrder(
                                        "booking.plan.slotMinutes", "booking.plan.desks", "booking.plan.daysAhead"));
    }

    @Test
    void theClientsDetailsAreCheckedAndTidied() {
        Booking.Client client = new Booking.Client(" Anna Ozola ", "Anna.Ozola@Example.LV ", " +371 2000 0000", "en");
        assertThat(client.name()).isEqualTo("Anna Ozola");
        assertThat(client.email()).isEqualTo("anna.ozola@example.lv");
        assertThat(client.phone()).isEqualTo("+371 2000 0000");
        assertThat(client.language()).isEqualTo("en");
        assertThatThrownBy(() -> new Booking.Client("", "not an address", "call me", "lv"))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        v -> assertThat(v.problems())
                                .extracting(RuleViolation.Problem::field)
                                .containsExactlyInAnyOrder("name", "email", "phone"));
    }

    private static OpeningHours hours(DayOfWeek day, int from, int to) {
        return new OpeningHours(day, LocalTime.of(from, 0), LocalTime.of(to, 0));
    }

    private static OpeningTimes.Time time(int h1, int m1, int h2, int m2) {
        return new OpeningTimes.Time(LocalTime.of(h1, m1), LocalTime.of(h2, m2));
    }
}
