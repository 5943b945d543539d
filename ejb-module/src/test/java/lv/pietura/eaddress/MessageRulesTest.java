package lv.pietura.eaddress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import lv.pietura.calendar.WorkingDayCalendar;
import lv.pietura.files.FileRef;
import lv.pietura.shared.RegistrationNumber;
import lv.pietura.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class MessageRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);
    private static final WorkingDayCalendar LAW = WorkingDayCalendar.byLawOnly();
    private static final EAddressAccount MUNICIPALITY =
            EAddressAccount.ofInstitution(1, RegistrationNumber.of("90000048491"), "Ādažu novada pašvaldība", NOW);
    private static final EAddressAccount ANNA = EAddressAccount.ofPerson("010190-12349", "Anna Bērziņa", true, NOW);
    private static final EAddressAccount JANIS = EAddressAccount.ofPerson("311299-10008", "Jānis Kalniņš", true, NOW);
    private static final EAddressAccount SLEEPING = EAddressAccount.ofCompany("40003521600", "SIA Miegs", false, NOW);
    private static final FileRef PDF =
            new FileRef("0b1f5c3e-7a2d-4c1e-9f3a-1d2e3f4a5b6c", "a".repeat(64), 1000, "application/pdf", "lemums.pdf");

    private static Message send(
            EAddressAccount from, List<EAddressAccount> to, String subject, String body, List<FileRef> files) {
        return Message.compose("m-1", from, "adazi.clerk", to, subject, body, files, null, null, NOW, FRIDAY, LAW);
    }

    private static List<String> problems(Runnable attempt) {
        try {
            attempt.run();
        } catch (RuleViolation v) {
            return v.problems().stream().map(RuleViolation.Problem::messageKey).toList();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aMessageIsDeemedDeliveredOnTheSecondWorkingDayAfterItWasSent() {
        Message m = send(MUNICIPALITY, List.of(ANNA), "Paziņojums", "Teksts", List.of(PDF));
        assertThat(m.sentOn()).isEqualTo(FRIDAY);
        assertThat(m.deemedDeliveredOn()).as("Friday + Monday, Tuesday").isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(m.deliveries()).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo(DeliveryStatus.CREATED);
            assertThat(d.nextAttemptAt()).isEqualTo(NOW);
        });
    }

    @Test
    void personsDoNotWriteToPersonsAndNobodyWritesToAnAddressNotActivated() {
        assertThat(problems(() -> send(ANNA, List.of(JANIS), "Sveiki", "Teksts", List.of())))
                .containsExactly("eaddress.recipient.personToPerson");
        EAddressAccount company = EAddressAccount.ofCompany("90000069281", "SIA Rakstītājs", true, NOW);
        assertThat(problems(() -> send(company, List.of(ANNA), "Sveiki", "Teksts", List.of())))
                .as("companies write to institutions only")
                .containsExactly("eaddress.recipient.onlyInstitutions");
        assertThat(problems(() -> send(ANNA, List.of(company), "Sveiki", "Teksts", List.of())))
                .containsExactly("eaddress.recipient.onlyInstitutions");
        assertThat(send(company, List.of(MUNICIPALITY), "Iesniegums", "Teksts", List.of())
                        .deliveries())
                .hasSize(1);
        assertThat(problems(() -> send(MUNICIPALITY, List.of(SLEEPING), "Sveiki", "Teksts", List.of())))
                .containsExactly("eaddress.recipient.notActivated");
        assertThat(send(ANNA, List.of(MUNICIPALITY), "Iesniegums", "Teksts", List.of())
                        .deliveries())
                .hasSize(1);
    }

    @Test
    void everyProblemOfAComposedMessageIsNamedAtOnce() {
        List<FileRef> eleven = Collections.nCopies(11, PDF);
        assertThat(problems(() -> send(MUNICIPALITY, List.of(), "Tēma\u0007", "Teksts\u0000", eleven)))
                .containsExactlyInAnyOrder(
                        "eaddress.subject.control",
                        "eaddress.body.control",
                        "eaddress.files.tooMany",
                        "eaddress.recipients.required");
        assertThat(problems(() -> send(MUNICIPALITY, List.of(ANNA), " ", "", List.of())))
                .contains("required");
    }

    @Test
    void fileNamesLoseTheirPathAndMayNotCarryControlCharactersOrBeEndless() {
        assertThat(Message.fileName("C:\\Users\\anna\\lēmums.pdf")).isEqualTo("lēmums.pdf");
        assertThat(Message.fileName("../../etc/passwd")).isEqualTo("passwd");
        Map.of(
                        "faila\nnosaukums.pdf",
                        "eaddress.file.nameControl",
                        "x".repeat(256) + ".pdf",
                        "eaddress.file.nameTooLong",
                        "mape/",
                        "eaddress.file.nameMissing")
                .forEach((name, key) -> assertThatThrownBy(() -> Message.fileName(name))
                        .isInstanceOfSatisfying(
                                RuleViolation.class,
                                v -> assertThat(v.messageKey()).isEqualTo(key)));
    }

    @Test
    void aFailedDeliveryWaitsLongerEachTimeAndIsGivenUpAfterTheLastAttempt() {
        Delivery d = send(MUNICIPALITY, List.of(ANNA), "Paziņojums", "Teksts", List.of())
                .deliveries()
                .get(0);
        Instant at = NOW;
        for (int attempt = 1; attempt < Delivery.MAX_ATTEMPTS; attempt++) {
            assertThat(d.start()).isTrue();
            d.attemptFailed("pastkaste nepieejama", at);
            assertThat(d.status()).isEqualTo(DeliveryStatus.CREATED);
            assertThat(d.nextAttemptAt()).isEqualTo(at.plus(Delivery.FIRST_BACKOFF.multipliedBy(1L << (attempt - 1))));
            at = d.nextAttemptAt();
        }
        assertThat(d.start()).isTrue();
        d.attemptFailed("pastkaste nepieejama", at);
        assertThat(d.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(d.failure()).isEqualTo("pastkaste nepieejama");
        assertThat(d.start()).as("given up: not attempted again").isFalse();
    }

    @Test
    void anAddressIsTheRegistrationNumberOrThePersonalCode() {
        assertThat(MUNICIPALITY.address()).isEqualTo("_DEFAULT@90000048491");
        assertThat(ANNA.address()).isEqualTo("01019012349");
        assertThat(ANNA.displayAddress()).isEqualTo("010190-12349");
    }
}
