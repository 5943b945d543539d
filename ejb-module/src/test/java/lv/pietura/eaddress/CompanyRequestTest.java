package lv.pietura.eaddress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import lv.pietura.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** A person asks to activate a company's e-address; a platform administrator decides once. */
class CompanyRequestTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    private final EAddressAccount anna = EAddressAccount.ofPerson("010190-12349", "Anna Ozola", true, NOW);
    private final EAddressAccount workshop = EAddressAccount.ofCompany("40203000005", "SIA Kalnu Darbnīca", false, NOW);

    @Test
    void confirmedTheCompanysEAddressIsActivatedAtOnce() {
        CompanyRequest request = CompanyRequest.of(workshop, anna, "Valdes locekle", NOW);
        assertThat(request.status()).isEqualTo(CompanyRequest.Status.PENDING);
        assertThat(workshop.activated()).isFalse();

        request.confirm("admin", NOW);

        assertThat(request.status()).isEqualTo(CompanyRequest.Status.CONFIRMED);
        assertThat(workshop.activated()).isTrue();
        assertThatThrownBy(() -> request.refuse("Vēlāk", "admin", NOW))
                .hasMessageContaining("eaddress.company.decided");
    }

    @Test
    void refusedWithAReasonAndNothingIsActivated() {
        CompanyRequest request = CompanyRequest.of(workshop, anna, "Pilnvara", NOW);
        assertThatThrownBy(() -> request.refuse(" ", "admin", NOW))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.field()).isEqualTo("refusal"));
        assertThat(request.status()).isEqualTo(CompanyRequest.Status.PENDING);

        request.refuse("Uzņēmumu reģistrā nav ziņu par pārstāvību.", "admin", NOW);

        assertThat(request.status()).isEqualTo(CompanyRequest.Status.REFUSED);
        assertThat(workshop.activated()).isFalse();
        assertThatThrownBy(() -> request.confirm("admin", NOW)).hasMessageContaining("eaddress.company.decided");
    }

    @Test
    void aBasisIsRequiredAndAnActivatedOrNonCompanyAccountIsRefused() {
        assertThatThrownBy(() -> CompanyRequest.of(workshop, anna, "", NOW))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.field()).isEqualTo("basis"));
        assertThatThrownBy(() -> CompanyRequest.of(workshop, anna, "x".repeat(501), NOW))
                .isInstanceOf(RuleViolation.class);
        EAddressAccount active = EAddressAccount.ofCompany("40003521600", "SIA Zaļā Pietura", true, NOW);
        assertThatThrownBy(() -> CompanyRequest.of(active, anna, "Valdes locekle", NOW))
                .hasMessageContaining("eaddress.company.alreadyActive");
        EAddressAccount person = EAddressAccount.ofPerson("150585-13418", "Jānis Kalns", false, NOW);
        assertThatThrownBy(() -> CompanyRequest.of(person, anna, "Valdes locekle", NOW))
                .hasMessageContaining("eaddress.company.unknown");
    }
}
