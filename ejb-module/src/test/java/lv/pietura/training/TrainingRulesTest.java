package lv.pietura.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import lv.pietura.organisation.Role;
import lv.pietura.shared.PersonalCode;
import org.junit.jupiter.api.Test;

class TrainingRulesTest {

    @Test
    void aConsultantRegistersASpecialistHandlesAndEveryoneSendsAndReads() {
        assertThat(TrainingJourney.expectedOf(Set.of(Role.CLERK)))
                .containsExactly(TrainingJourney.REGISTERED, TrainingJourney.SENT, TrainingJourney.READ);
        assertThat(TrainingJourney.expectedOf(Set.of(Role.SPECIALIST)))
                .containsExactly(
                        TrainingJourney.HANDLED, TrainingJourney.COMPLETED, TrainingJourney.SENT, TrainingJourney.READ);
        assertThat(TrainingJourney.expectedOf(Set.of(Role.CLERK, Role.SPECIALIST)))
                .containsExactly(TrainingJourney.values());
        assertThat(TrainingJourney.expectedOf(Set.of(Role.INSTITUTION_ADMIN)))
                .containsExactly(TrainingJourney.SENT, TrainingJourney.READ);
    }

    @Test
    void aTraineeHasCompletedWhenTheirRolesJourneysAreDone() {
        var clerk = new Sandboxes.Trainee(
                1,
                "a.macibas",
                "A",
                Set.of(Role.CLERK),
                true,
                Map.of(
                        TrainingJourney.REGISTERED, Instant.EPOCH,
                        TrainingJourney.SENT, Instant.EPOCH));
        assertThat(clerk.completed()).isFalse();
        assertThat(clerk.expected())
                .containsExactly(TrainingJourney.REGISTERED, TrainingJourney.SENT, TrainingJourney.READ);
        var done = new Sandboxes.Trainee(
                1,
                "a.macibas",
                "A",
                Set.of(Role.CLERK),
                true,
                Map.of(
                        TrainingJourney.REGISTERED, Instant.EPOCH,
                        TrainingJourney.SENT, Instant.EPOCH,
                        TrainingJourney.READ, Instant.EPOCH));
        assertThat(done.completed()).isTrue();
    }

    @Test
    void madeUpClientsCarryValidCodesOfPeopleNotYetBorn() {
        assertThat(MadeUpClient.ALL).allSatisfy(c -> {
            assertThat(PersonalCode.isValid(c.personalCode())).isTrue();
            assertThat(c.personalCode()).matches("\\d{4}99-2\\d{4}");
        });
    }

    @Test
    void aServicesCopyIsMarkedAndFitsTheCodesLength() {
        assertThat(Sandboxes.copyCode("ADAZI-IZZINA")).isEqualTo("M-ADAZI-IZZINA");
        assertThat(Sandboxes.copyCode("A".repeat(40))).hasSize(40).startsWith("M-");
    }
}
