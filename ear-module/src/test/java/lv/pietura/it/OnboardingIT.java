package lv.pietura.it;

import static lv.pietura.it.support.Identities.as;
import static lv.pietura.it.support.Identities.run;
import static lv.pietura.it.support.TestWorld.roles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import lv.pietura.it.support.Deployments;
import lv.pietura.it.support.TestWorld;
import lv.pietura.organisation.InstitutionKind;
import lv.pietura.organisation.Role;
import lv.pietura.organisation.SignIn;
import lv.pietura.rollout.Onboarding;
import lv.pietura.rollout.OnboardingStep;
import lv.pietura.shared.Clocks;
import lv.pietura.shared.NotFound;
import lv.pietura.shared.RuleViolation;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An institution's onboarding checklist ticks itself as Pietura sees the steps done (the agreement, the administrator,
 * the staff accounts; the demo agency's e-address account, services and cases), and the platform's administrator ticks
 * the others with a day and a note (the working rules need their gist, only the go-live day may lie ahead, a step
 * Pietura checks cannot be ticked); the institution's administrator sees their own checklist and no other's; the
 * overview counts every institution's steps.
 */
@ExtendWith(ArquillianExtension.class)
class OnboardingIT {

    private static final Set<String> PLATFORM = roles(Role.PLATFORM_ADMIN);
    private static final Set<String> ADMIN = roles(Role.INSTITUTION_ADMIN);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inContainer();
    }

    @Inject
    TestWorld world;

    @EJB
    Onboarding onboarding;

    @EJB
    SignIn signIn;

    @Test
    void theChecklistTicksWhatPieturaSeesAndTheAdministratorTheRest() {
        TestWorld.Tenant town = world.institution("Ieviešanas pašvaldība", 940_500, InstitutionKind.MUNICIPALITY);
        assertThat(done(town.id()))
                .containsEntry(OnboardingStep.AGREEMENT, true)
                .containsEntry(OnboardingStep.ADMINISTRATOR, false)
                .containsEntry(OnboardingStep.STAFF_IMPORTED, false)
                .containsEntry(OnboardingStep.STAFF_TRAINED, false)
                .containsEntry(OnboardingStep.FIRST_CASE, false);

        world.staff("iev.admin", town, null, Role.INSTITUTION_ADMIN);
        assertThat(done(town.id()))
                .containsEntry(OnboardingStep.ADMINISTRATOR, true)
                .as("the administrator alone is no staff yet")
                .containsEntry(OnboardingStep.STAFF_IMPORTED, false);
        world.staff("iev.specialist", town, null, Role.SPECIALIST);
        assertThat(done(town.id()))
                .containsEntry(OnboardingStep.STAFF_IMPORTED, true)
                .containsEntry(OnboardingStep.STAFF_SIGNED_IN, false);
        signIn.signIn("iev.specialist", TestWorld.PASSWORD.toCharArray());
        assertThat(done(town.id())).containsEntry(OnboardingStep.STAFF_SIGNED_IN, true);

        LocalDate today = LocalDate.now(Clocks.RIGA);
        run(
                "admin",
                PLATFORM,
                () -> onboarding.tick(
                        town.id(), OnboardingStep.STAFF_TRAINED, today.minusDays(1), "Divas nodarbības VPVKAC"));
        run("admin", PLATFORM, () -> onboarding.tick(town.id(), OnboardingStep.GO_LIVE, today.plusDays(14), null));
        assertThatThrownBy(() -> run(
                        "admin", PLATFORM, () -> onboarding.tick(town.id(), OnboardingStep.EADDRESS_RULES, today, " ")))
                .as("the working rules need their gist")
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        v -> assertThat(v.problems().get(0).field()).isEqualTo("note"));
        assertThatThrownBy(() -> run(
                        "admin",
                        PLATFORM,
                        () -> onboarding.tick(town.id(), OnboardingStep.STAFF_TRAINED, today.plusDays(1), null)))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("onboarding.future"));
        assertThatThrownBy(() ->
                        run("admin", PLATFORM, () -> onboarding.tick(town.id(), OnboardingStep.AGREEMENT, today, null)))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("onboarding.automatic"));

        Onboarding.Checklist mine = as("iev.admin", ADMIN, () -> onboarding.mine());
        assertThat(mine.institutionId()).isEqualTo(town.id());
        assertThat(mine.items())
                .filteredOn(i -> i.step() == OnboardingStep.STAFF_TRAINED)
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.done()).isTrue();
                    assertThat(i.doneOn()).isEqualTo(today.minusDays(1));
                    assertThat(i.note()).isEqualTo("Divas nodarbības VPVKAC");
                });
        assertThat(mine.done()).isEqualTo(6);
        assertThat(mine.total()).isEqualTo(OnboardingStep.values().length);

        long vsaa = world.list(
                        "select i.id from Institution i where i.registrationNumber = ?1", Long.class, "90001634668")
                .get(0);
        assertThatThrownBy(() -> as("iev.admin", ADMIN, () -> onboarding.checklist(vsaa)))
                .as("another institution's checklist: not found")
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> as("iev.specialist", roles(Role.SPECIALIST), () -> onboarding.mine()))
                .isInstanceOf(EJBAccessException.class);
        assertThat(done(vsaa))
                .as("the demo agency: its e-address account, services and cases seen")
                .containsEntry(OnboardingStep.EADDRESS_ACCOUNT, true)
                .containsEntry(OnboardingStep.SERVICES_PUBLISHED, true)
                .containsEntry(OnboardingStep.FIRST_CASE, true);

        assertThat(as("admin", PLATFORM, () -> onboarding.overview()))
                .filteredOn(p -> p.institutionId() == town.id())
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.done()).isEqualTo(6);
                    assertThat(p.goLiveOn()).isEqualTo(today.plusDays(14));
                });

        run("admin", PLATFORM, () -> onboarding.untick(town.id(), OnboardingStep.STAFF_TRAINED));
        assertThat(done(town.id())).containsEntry(OnboardingStep.STAFF_TRAINED, false);
        assertThat(world.count(
                        "select count(e) from AuditEvent e where e.entityType = 'Onboarding' and e.entityId = ?1",
                        String.valueOf(town.id())))
                .as("two ticks and one taken back")
                .isEqualTo(3);
    }

    private Map<OnboardingStep, Boolean> done(long institution) {
        return as("admin", PLATFORM, () -> onboarding.checklist(institution)).items().stream()
                .collect(Collectors.toMap(Onboarding.Item::step, Onboarding.Item::done));
    }
}
