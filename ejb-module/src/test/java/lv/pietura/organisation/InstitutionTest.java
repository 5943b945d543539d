package lv.pietura.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import lv.pietura.shared.LocalizedName;
import lv.pietura.shared.RegistrationNumber;
import lv.pietura.shared.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InstitutionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private Institution vid;

    @BeforeEach
    void newInstitution() {
        vid = new Institution(
                LocalizedName.of("Valsts ieņēmumu dienests", "State Revenue Service"),
                RegistrationNumber.of("90000069281"),
                InstitutionKind.STATE_BODY,
                " ");
    }

    @Test
    void aBlankEAddressIsTheRegistrationNumbersDefault() {
        assertThat(vid.eAddress()).isEqualTo("_DEFAULT@90000069281");
    }

    @Test
    void anEAddressMustBelongToTheInstitutionsOwnNumber() {
        assertThatThrownBy(() -> vid.describe(
                        vid.name(), vid.registrationNumber(), InstitutionKind.STATE_BODY, "_DEFAULT@90001733697"))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("institution.eAddress.otherNumber"));
    }

    @Test
    void withoutAnAgreementTheInstitutionCannotUseTheSystem() {
        assertThat(vid.mayUseSystemOn(TODAY)).isFalse();
    }

    @Test
    void anAgreementCoversItsDaysInclusive() {
        vid.conclude("VARAM-2026/1", TODAY.minusDays(10), TODAY, TODAY.plusDays(30), TODAY);
        assertThat(vid.mayUseSystemOn(TODAY.minusDays(1))).isFalse();
        assertThat(vid.mayUseSystemOn(TODAY)).isTrue();
        assertThat(vid.mayUseSystemOn(TODAY.plusDays(30))).isTrue();
        assertThat(vid.mayUseSystemOn(TODAY.plusDays(31))).isFalse();
    }

    @Test
    void agreementPeriodsMustNotOverlap() {
        vid.conclude("VARAM-2025/1", TODAY.minusYears(1), TODAY.minusYears(1), null, TODAY);
        assertThatThrownBy(() -> vid.conclude("VARAM-2026/2", TODAY, TODAY.plusMonths(1), null, TODAY))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.messageKey()).isEqualTo("agreement.overlaps");
                    assertThat(v.problems().get(0).arguments()).containsExactly("VARAM-2025/1");
                });
    }

    @Test
    void consecutiveAgreementsAreFine() {
        vid.conclude("VARAM-2025/1", TODAY.minusYears(1), TODAY.minusYears(1), TODAY.minusDays(1), TODAY);
        vid.conclude("VARAM-2026/2", TODAY, TODAY, null, TODAY);
        assertThat(vid.agreementOn(TODAY)).get().extracting(Agreement::number).isEqualTo("VARAM-2026/2");
    }

    @Test
    void anAgreementIsNotSignedInTheFutureNorEndsBeforeItStarts() {
        assertThatThrownBy(() -> vid.conclude("X-1", TODAY.plusDays(1), TODAY, TODAY.minusDays(1), TODAY))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        v -> assertThat(v.problems())
                                .extracting(RuleViolation.Problem::messageKey)
                                .containsExactly("agreement.signedInFuture", "agreement.endsBeforeStart"));
    }

    @Test
    void onlyAMunicipalityRunsACentre() {
        assertThatThrownBy(() ->
                        new Centre("VID centrs", vid, "Talejas iela 1, Rīga", CentreType.NATIONAL, java.util.List.of()))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("centre.notMunicipality"));
    }
}
