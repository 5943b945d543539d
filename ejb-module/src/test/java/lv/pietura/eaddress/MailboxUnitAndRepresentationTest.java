package lv.pietura.eaddress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import lv.pietura.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** A unit's name, and who represents a company on what basis. */
class MailboxUnitAndRepresentationTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    @Test
    void aUnitsNameIsRequiredAtMost200CharactersAndItsSpacesCountAsOne() {
        assertThat(MailboxUnit.of(7, "  Sociālais   dienests ", "adazi.admin", NOW)
                        .name())
                .isEqualTo("Sociālais dienests");
        assertThatThrownBy(() -> MailboxUnit.of(7, " \t ", "adazi.admin", NOW))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.field()).isEqualTo("unitName"));
        assertThatThrownBy(() -> MailboxUnit.of(7, "N".repeat(201), "adazi.admin", NOW))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.field()).isEqualTo("unitName"));
        assertThat(MailboxUnit.of(7, "N".repeat(200), "adazi.admin", NOW).members())
                .isEmpty();
    }

    @Test
    void onlyAPersonRepresentsOnlyACompanyAndAnEndedRepresentationStaysEnded() {
        EAddressAccount anna = EAddressAccount.ofPerson("010190-12349", "Anna Ozola", true, NOW);
        EAddressAccount bakery = EAddressAccount.ofCompany("40203000077", "SIA Upes Maiznīca", false, NOW);
        Representation claimed = Representation.claimed(bakery, anna, NOW);
        assertThat(claimed.current()).isTrue();
        assertThat(claimed.personCode()).isEqualTo("01019012349");
        assertThat(claimed.basis()).isEqualTo(Representation.Basis.IDENTITY_PROVIDER);

        claimed.end("identity provider", NOW.plusSeconds(60));
        claimed.end("admin", NOW.plusSeconds(120));
        assertThat(claimed.current()).isFalse();
        assertThat(claimed.endedAt()).as("ended once").isEqualTo(NOW.plusSeconds(60));

        assertThatThrownBy(() -> Representation.claimed(anna, anna, NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Representation.claimed(bakery, bakery, NOW))
                .isInstanceOf(IllegalArgumentException.class);

        CompanyRequest request = CompanyRequest.of(bakery, anna, "Valdes locekle", NOW);
        request.confirm("admin", NOW);
        assertThat(Representation.confirmed(request, NOW).basis()).isEqualTo(Representation.Basis.CONFIRMED_REQUEST);
    }
}
