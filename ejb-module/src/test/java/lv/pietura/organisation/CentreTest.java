package lv.pietura.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import lv.pietura.shared.LocalizedName;
import lv.pietura.shared.RegistrationNumber;
import lv.pietura.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class CentreTest {

    private final Institution adazi = new Institution(
            LocalizedName.of("Ādažu novada pašvaldība", null),
            RegistrationNumber.of("90000048491"),
            InstitutionKind.MUNICIPALITY,
            null);

    private static OpeningHours hours(DayOfWeek day, int from, int to) {
        return new OpeningHours(day, LocalTime.of(from, 0), LocalTime.of(to, 0));
    }

    @Test
    void openingHoursAreKeptInWeekOrderAndMayHaveALunchBreak() {
        Centre centre = new Centre(
                "Ādažu novada VPVKAC",
                adazi,
                "Gaujas iela 33A",
                CentreType.REGIONAL,
                List.of(
                        hours(DayOfWeek.TUESDAY, 8, 12),
                        hours(DayOfWeek.MONDAY, 13, 17),
                        hours(DayOfWeek.MONDAY, 8, 12)));
        assertThat(centre.openingHours())
                .containsExactly(
                        hours(DayOfWeek.MONDAY, 8, 12),
                        hours(DayOfWeek.MONDAY, 13, 17),
                        hours(DayOfWeek.TUESDAY, 8, 12));
    }

    @Test
    void intervalsOfADayMustNotOverlapAndMustCloseAfterOpening() {
        assertThatThrownBy(() -> new Centre(
                        "C",
                        adazi,
                        "A",
                        CentreType.COUNTY,
                        List.of(
                                hours(DayOfWeek.MONDAY, 8, 13),
                                hours(DayOfWeek.MONDAY, 12, 17),
                                hours(DayOfWeek.FRIDAY, 17, 8))))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        v -> assertThat(v.problems())
                                .extracting(RuleViolation.Problem::messageKey)
                                .containsExactlyInAnyOrder("centre.hours.overlap", "centre.hours.closesBeforeOpening"));
    }

    @Test
    void aCentreNeedsNameAddressAndType() {
        assertThatThrownBy(() -> new Centre(" ", adazi, "", null, List.of()))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        v -> assertThat(v.problems())
                                .extracting(RuleViolation.Problem::field)
                                .containsExactly("name", "address", "type"));
    }
}
