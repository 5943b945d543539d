package lv.pietura.eaddress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import lv.pietura.shared.RegistrationNumber;
import lv.pietura.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** A holder activates their own e-address and chooses where alerts go; the address counts once confirmed. */
class HolderActivationTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    private final EAddressAccount janis = EAddressAccount.ofPerson("150585-13418", "Jānis Kalns", false, NOW);
    private final EAddressAccount anna = EAddressAccount.ofPerson("010190-12349", "Anna Ozola", true, NOW);

    @Test
    void anInstitutionCanWriteToAPersonOnlyOnceThePersonActivated() {
        EAddressAccount municipality =
                EAddressAccount.ofInstitution(1, RegistrationNumber.of("90000048491"), "Ādažu novada pašvaldība", NOW);
        assertThatThrownBy(() -> municipality.requireMayWriteTo(janis))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("eaddress.recipient.notActivated");

        janis.activateByHolder(NOW);

        municipality.requireMayWriteTo(janis);
        assertThat(janis.activatedAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> janis.activateByHolder(NOW)).hasMessageContaining("eaddress.activation.already");
    }

    @Test
    void anAlertAddressCountsOnlyOnceItsLinkIsOpened() {
        anna.alertsOff();
        anna.requestAlerts("janis@example.lv", "token-1", NOW);
        assertThat(anna.notifyEmail()).as("not before the link is opened").isNull();
        assertThat(anna.alertsPendingEmail()).isEqualTo("janis@example.lv");

        anna.confirmAlerts("token-1", NOW.plus(Duration.ofHours(23)));

        assertThat(anna.notifyEmail()).isEqualTo("janis@example.lv");
        assertThat(anna.alertsPendingEmail()).isNull();
    }

    @Test
    void aLinkUsedTwiceReplacedOrTooLateIsRefusedAndChangesNothing() {
        anna.requestAlerts("new@example.lv", "first", NOW);
        anna.confirmAlerts("first", NOW);
        assertThatThrownBy(() -> anna.confirmAlerts("first", NOW)).hasMessageContaining("eaddress.alerts.linkInvalid");

        anna.requestAlerts("newer@example.lv", "second", NOW);
        anna.requestAlerts("newest@example.lv", "third", NOW);
        assertThatThrownBy(() -> anna.confirmAlerts("second", NOW))
                .as("replaced by a newer link")
                .hasMessageContaining("eaddress.alerts.linkInvalid");
        assertThatThrownBy(() -> anna.confirmAlerts("third", NOW.plus(Duration.ofHours(24))))
                .hasMessageContaining("eaddress.alerts.linkExpired");
        assertThatThrownBy(() -> anna.confirmAlerts(null, NOW)).hasMessageContaining("eaddress.alerts.linkInvalid");
        assertThat(anna.notifyEmail()).isEqualTo("new@example.lv");
    }

    @Test
    void aBadAddressOrOneNotActivatedYetIsRefused() {
        assertThatThrownBy(() -> anna.requestAlerts("nav-adrese", "t", NOW))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).field()).isEqualTo("alertEmail"));
        assertThatThrownBy(() -> anna.requestAlerts(" ", "t", NOW)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> janis.requestAlerts("janis@example.lv", "t", NOW))
                .hasMessageContaining("eaddress.activation.first");
    }

    @Test
    void deactivatingStopsWritingAndAlerts() {
        anna.deactivate();
        assertThat(anna.activated()).isFalse();
        assertThat(anna.notifyEmail()).isNull();
        assertThatThrownBy(anna::deactivate).hasMessageContaining("eaddress.activation.notActive");
    }
}
