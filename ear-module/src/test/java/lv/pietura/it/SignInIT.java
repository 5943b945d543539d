package lv.pietura.it;

import static lv.pietura.it.support.Identities.as;
import static lv.pietura.it.support.Identities.run;
import static lv.pietura.it.support.TestWorld.roles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.util.Set;
import lv.pietura.audit.AuditAction;
import lv.pietura.it.support.Deployments;
import lv.pietura.it.support.TestWorld;
import lv.pietura.it.support.TestWorld.Tenant;
import lv.pietura.organisation.InstitutionKind;
import lv.pietura.organisation.MyAccount;
import lv.pietura.organisation.Role;
import lv.pietura.organisation.SignIn;
import lv.pietura.organisation.SignInOutcome;
import lv.pietura.organisation.StaffAdministration;
import lv.pietura.shared.AccessDenied;
import lv.pietura.shared.RuleViolation;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Signing in: the lock after repeated wrong passwords, agreements, deactivation, own password changes. */
@ExtendWith(ArquillianExtension.class)
class SignInIT {

    private static final Set<String> ADMIN = roles(Role.INSTITUTION_ADMIN);
    private static final Set<String> SPECIALIST = roles(Role.SPECIALIST);
    private static final String WRONG = "Nepareiza-parole-1";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inContainer();
    }

    @Inject
    TestWorld world;

    @EJB
    SignIn signIn;

    @EJB
    StaffAdministration staff;

    @EJB
    MyAccount myAccount;

    private static Tenant agency;
    private static long lockedId;
    private static long leavingId;

    @BeforeEach
    void anAgencyAndOneWithoutAgreement() {
        if (agency != null) {
            return;
        }
        agency = world.institution("Pieteikšanās aģentūra", 300_100, InstitutionKind.STATE_BODY);
        world.staff("si.admin", agency, null, Role.INSTITUTION_ADMIN);
        world.staff("si.ok", agency, null, Role.SPECIALIST);
        lockedId = world.staff("si.locked", agency, null, Role.SPECIALIST);
        leavingId = world.staff("si.leaving", agency, null, Role.SPECIALIST);
        world.staff("si.changer", agency, null, Role.SPECIALIST);
        Tenant expired = world.institutionWithoutAgreement("Bijusī aģentūra", 300_200);
        world.staff("si.expired", expired, null, Role.SPECIALIST);
    }

    private SignInOutcome attempt(String username, String password) {
        return signIn.signIn(username, password.toCharArray()).outcome();
    }

    private long audited(AuditAction action, String actor) {
        return world.count("select count(e) from AuditEvent e where e.action = ?1 and e.actor = ?2", action, actor);
    }

    @Test
    void theNotesOfANewReleaseAreShownOnceAfterTheUpgrade() {
        Set<String> specialist = roles(Role.SPECIALIST);
        assertThat(as("si.ok", specialist, () -> myAccount.firstSightOf("2026.12")))
                .isTrue();
        assertThat(as("si.ok", specialist, () -> myAccount.firstSightOf("2026.12")))
                .as("shown already")
                .isFalse();
        assertThat(as("si.admin", roles(Role.INSTITUTION_ADMIN), () -> myAccount.firstSightOf("2026.12")))
                .as("another staff member: not yet")
                .isTrue();
        assertThat(as("si.ok", specialist, () -> myAccount.firstSightOf("2027.01")))
                .as("the next upgrade")
                .isTrue();
    }

    @Test
    void theRightPasswordSignsInWithTheAccountsRolesWhateverTheCaseOfTheName() {
        var result = signIn.signIn("SI.OK", TestWorld.PASSWORD.toCharArray());
        assertThat(result.outcome()).isEqualTo(SignInOutcome.SIGNED_IN);
        assertThat(result.username()).isEqualTo("si.ok");
        assertThat(result.roles())
                .as("the account's roles, and the group every staff member's sign-in carries")
                .containsExactlyInAnyOrder("SPECIALIST", "STAFF");
        assertThat(result.mustChangePassword())
                .as("a password set by someone else must be changed")
                .isTrue();
        assertThat(audited(AuditAction.SIGN_IN, "si.ok")).isEqualTo(1);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountUntilAnAdministratorUnlocksIt() {
        for (int i = 0; i < 4; i++) {
            assertThat(attempt("si.locked", WRONG)).isEqualTo(SignInOutcome.BAD_CREDENTIALS);
        }
        assertThat(attempt("si.locked", WRONG)).isEqualTo(SignInOutcome.LOCKED);
        assertThat(attempt("si.locked", TestWorld.PASSWORD))
                .as("even the right password")
                .isEqualTo(SignInOutcome.LOCKED);
        assertThat(audited(AuditAction.ACCOUNT_LOCKED, "si.locked")).isEqualTo(1);
        assertThat(audited(AuditAction.SIGN_IN_FAILED, "si.locked")).isEqualTo(6);

        run("si.admin", ADMIN, () -> staff.unlock(lockedId));
        assertThat(attempt("si.locked", TestWorld.PASSWORD)).isEqualTo(SignInOutcome.SIGNED_IN);
    }

    @Test
    void anUnknownUserIsRefusedExactlyLikeAWrongPassword() {
        assertThat(attempt("si.nobody", TestWorld.PASSWORD)).isEqualTo(SignInOutcome.BAD_CREDENTIALS);
        assertThat(audited(AuditAction.SIGN_IN_FAILED, "si.nobody")).isEqualTo(1);
    }

    @Test
    void staffOfAnInstitutionWithoutAValidAgreementCannotSignIn() {
        assertThat(attempt("si.expired", TestWorld.PASSWORD)).isEqualTo(SignInOutcome.NO_AGREEMENT);
    }

    @Test
    void aDeactivatedAccountCannotSignInAndItsOpenSessionStopsAtTheNextCall() {
        assertThat(as("si.leaving", SPECIALIST, () -> myAccount.profile().username()))
                .isEqualTo("si.leaving");
        run("si.admin", ADMIN, () -> staff.deactivate(leavingId));
        assertThat(attempt("si.leaving", TestWorld.PASSWORD)).isEqualTo(SignInOutcome.INACTIVE);
        assertThatThrownBy(() -> run("si.leaving", SPECIALIST, () -> myAccount.profile()))
                .isInstanceOfSatisfying(
                        AccessDenied.class, e -> assertThat(e.messageKey()).isEqualTo("caller.unknown"));
    }

    @Test
    void theHolderChangesTheTemporaryPasswordToOneThatFollowsThePolicy() {
        run("si.changer", SPECIALIST, () -> {
            assertThatThrownBy(() ->
                            myAccount.changePassword(TestWorld.PASSWORD.toCharArray(), "si.changer-2026".toCharArray()))
                    .isInstanceOfSatisfying(
                            RuleViolation.class,
                            v -> assertThat(v.messageKey()).isEqualTo("password.containsUsername"));
            myAccount.changePassword(TestWorld.PASSWORD.toCharArray(), "rudens lapas krīt 2026".toCharArray());
            assertThat(myAccount.profile().mustChangePassword()).isFalse();
        });
        assertThat(attempt("si.changer", "rudens lapas krīt 2026")).isEqualTo(SignInOutcome.SIGNED_IN);
        assertThat(attempt("si.changer", TestWorld.PASSWORD)).isEqualTo(SignInOutcome.BAD_CREDENTIALS);
        assertThat(audited(AuditAction.PASSWORD_CHANGED, "si.changer")).isEqualTo(1);
    }
}
