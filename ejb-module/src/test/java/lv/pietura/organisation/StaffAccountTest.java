package lv.pietura.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import lv.pietura.shared.LocalizedName;
import lv.pietura.shared.RegistrationNumber;
import lv.pietura.shared.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StaffAccountTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final SignInPolicy POLICY = new SignInPolicy(3, Duration.ofMinutes(15));
    private static final char[] PASSWORD = "zaļš kaķis 7 gulēja".toCharArray();
    private static final char[] WRONG = "zaļš kaķis 8 gulēja".toCharArray();

    private Institution vsaa;
    private StaffAccount account;

    @BeforeEach
    void newAccount() {
        vsaa = new Institution(
                LocalizedName.of("Valsts sociālās apdrošināšanas aģentūra", null),
                RegistrationNumber.of("90001634668"),
                InstitutionKind.STATE_BODY,
                null);
        vsaa.conclude("A-1", TODAY.minusYears(1), TODAY.minusYears(1), null, TODAY);
        account = new StaffAccount(
                "Laura.Kaleja",
                "Laura Kalēja",
                "laura@vsaa.lv",
                vsaa,
                null,
                EnumSet.of(Role.SPECIALIST),
                PASSWORD,
                NOW);
    }

    @Test
    void userNamesAreStoredInLowerCase() {
        assertThat(account.username()).isEqualTo("laura.kaleja");
    }

    @Test
    void aSignInLooksUpOnlyANameAnAccountCanHave() {
        assertThat(StaffAccount.possibleUsername(" Laura.Kaleja ")).isEqualTo("laura.kaleja");
        assertThat(StaffAccount.possibleUsername("laura\u0000kaleja")).isNull();
        assertThat(StaffAccount.possibleUsername("\u0000")).isNull();
        assertThat(StaffAccount.possibleUsername("' OR '1'='1")).isNull();
        assertThat(StaffAccount.possibleUsername("x".repeat(65))).isNull();
        assertThat(StaffAccount.possibleUsername("")).isNull();
    }

    @Test
    void theRightPasswordSignsIn() {
        assertThat(account.signIn(PASSWORD, NOW, TODAY, POLICY)).isEqualTo(SignInOutcome.SIGNED_IN);
        assertThat(account.lastSignInAt()).isEqualTo(NOW);
    }

    @Test
    void aNewAccountMustChangeItsTemporaryPassword() {
        assertThat(account.mustChangePassword()).isTrue();
        account.changePassword(PASSWORD, "rudens lapas krīt 2026".toCharArray(), NOW);
        assertThat(account.mustChangePassword()).isFalse();
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountEvenAgainstTheRightOne() {
        assertThat(account.signIn(WRONG, NOW, TODAY, POLICY)).isEqualTo(SignInOutcome.BAD_CREDENTIALS);
        assertThat(account.signIn(WRONG, NOW, TODAY, POLICY)).isEqualTo(SignInOutcome.BAD_CREDENTIALS);
        assertThat(account.signIn(WRONG, NOW, TODAY, POLICY)).isEqualTo(SignInOutcome.LOCKED);
        assertThat(account.signIn(PASSWORD, NOW.plusSeconds(60), TODAY, POLICY)).isEqualTo(SignInOutcome.LOCKED);
        assertThat(account.isLocked(NOW.plusSeconds(60))).isTrue();
    }

    @Test
    void theLockEndsAfterItsDuration() {
        for (int i = 0; i < 3; i++) {
            account.signIn(WRONG, NOW, TODAY, POLICY);
        }
        Instant later = NOW.plus(Duration.ofMinutes(15)).plusSeconds(1);
        assertThat(account.signIn(PASSWORD, later, TODAY, POLICY)).isEqualTo(SignInOutcome.SIGNED_IN);
    }

    @Test
    void aSuccessfulSignInForgetsEarlierFailures() {
        account.signIn(WRONG, NOW, TODAY, POLICY);
        account.signIn(WRONG, NOW, TODAY, POLICY);
        account.signIn(PASSWORD, NOW, TODAY, POLICY);
        assertThat(account.signIn(WRONG, NOW, TODAY, POLICY)).isEqualTo(SignInOutcome.BAD_CREDENTIALS);
    }

    @Test
    void anAdministratorUnlocksAndResetsTheAccount() {
        for (int i = 0; i < 3; i++) {
            account.signIn(WRONG, NOW, TODAY, POLICY);
        }
        char[] temporary = "Pagaidu-parole-77".toCharArray();
        account.resetPassword(temporary, NOW);
        assertThat(account.signIn(temporary, NOW, TODAY, POLICY)).isEqualTo(SignInOutcome.SIGNED_IN);
        assertThat(account.mustChangePassword()).isTrue();
    }

    @Test
    void anInactiveAccountCannotSignIn() {
        account.deactivate();
        assertThat(account.signIn(PASSWORD, NOW, TODAY, POLICY)).isEqualTo(SignInOutcome.INACTIVE);
    }

    @Test
    void staffOfAnInstitutionWithoutAValidAgreementCannotSignIn() {
        Institution livani = new Institution(
                LocalizedName.of("Līvānu novada pašvaldība", null),
                RegistrationNumber.of("90000065595"),
                InstitutionKind.MUNICIPALITY,
                null);
        livani.conclude("L-1", TODAY.minusYears(3), TODAY.minusYears(3), TODAY.minusDays(1), TODAY);
        StaffAccount clerk = new StaffAccount(
                "sandra", "Sandra Pētersone", "s@livani.lv", livani, null, EnumSet.of(Role.SPECIALIST), PASSWORD, NOW);
        assertThat(clerk.signIn(PASSWORD, NOW, TODAY, POLICY)).isEqualTo(SignInOutcome.NO_AGREEMENT);
    }

    @Test
    void aWrongPasswordIsReportedAsSuchEvenForAnInactiveAccount() {
        account.deactivate();
        assertThat(account.signIn(WRONG, NOW, TODAY, POLICY)).isEqualTo(SignInOutcome.BAD_CREDENTIALS);
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndANewOne() {
        assertThatThrownBy(() -> account.changePassword(WRONG, PASSWORD, NOW))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        v -> assertThat(v.problems())
                                .extracting(RuleViolation.Problem::messageKey)
                                .containsExactly("password.currentWrong", "password.sameAsCurrent"));
    }

    @Test
    void aClerkWorksInACentreOfTheirOwnInstitution() {
        assertThatThrownBy(() -> account.describe("Laura Kalēja", "laura@vsaa.lv", vsaa, null, EnumSet.of(Role.CLERK)))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        v -> assertThat(v.problems())
                                .extracting(RuleViolation.Problem::messageKey)
                                .containsExactly("staff.clerk.needsCentre"));
        Institution adazi = new Institution(
                LocalizedName.of("Ādažu novada pašvaldība", null),
                RegistrationNumber.of("90000048491"),
                InstitutionKind.MUNICIPALITY,
                null);
        Centre adaziCentre =
                new Centre("Ādažu novada VPVKAC", adazi, "Gaujas iela 33A", CentreType.REGIONAL, java.util.List.of());
        assertThatThrownBy(() ->
                        account.describe("Laura Kalēja", "laura@vsaa.lv", vsaa, adaziCentre, EnumSet.of(Role.CLERK)))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        v -> assertThat(v.problems())
                                .extracting(RuleViolation.Problem::messageKey)
                                .containsExactly("staff.centre.otherInstitution"));
    }

    @Test
    void aBadUserNameIsRefused() {
        assertThatThrownBy(() -> new StaffAccount(
                        "Jānis Bērziņš", "Jānis", "j@x.lv", vsaa, null, EnumSet.of(Role.SPECIALIST), PASSWORD, NOW))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.field()).isEqualTo("username"));
    }

    @Test
    void anAccountMadeBySingleSignOnHasNoPasswordTheFormCouldCheck() {
        StaffAccount federated = StaffAccount.federated(
                "Ieva.SSO", "Ieva Kalniņa", "ieva@vsaa.lv", vsaa, null, EnumSet.of(Role.SPECIALIST), NOW);
        assertThat(federated.isFederated()).isTrue();
        assertThat(federated.username()).isEqualTo("ieva.sso");
        assertThat(federated.mustChangePassword()).isFalse();
        assertThat(federated.signIn(PASSWORD, NOW, TODAY, POLICY)).isEqualTo(SignInOutcome.BAD_CREDENTIALS);
    }

    @Test
    void eachSingleSignOnBringsTheAccountInStepWithTheToken() {
        StaffAccount federated = StaffAccount.federated(
                "ieva.sso", "Ieva Kalniņa", "ieva@vsaa.lv", vsaa, null, EnumSet.of(Role.SPECIALIST), NOW);
        assertThat(federated.signInFederated(
                        "Ieva Ozola", "ieva.ozola@vsaa.lv", vsaa, null, EnumSet.of(Role.SERVICE_MANAGER), NOW, TODAY))
                .isEqualTo(SignInOutcome.SIGNED_IN);
        assertThat(federated.fullName()).isEqualTo("Ieva Ozola");
        assertThat(federated.roles()).containsExactly(Role.SERVICE_MANAGER);
        assertThat(federated.lastSignInAt()).isEqualTo(NOW);
    }

    @Test
    void theProviderCannotSignInADeactivatedAccountOrOneWithoutAnAgreement() {
        StaffAccount federated = StaffAccount.federated(
                "ieva.sso", "Ieva Kalniņa", "ieva@vsaa.lv", vsaa, null, EnumSet.of(Role.SPECIALIST), NOW);
        federated.deactivate();
        assertThat(federated.signInFederated(
                        "Ieva Kalniņa", "ieva@vsaa.lv", vsaa, null, EnumSet.of(Role.SPECIALIST), NOW, TODAY))
                .isEqualTo(SignInOutcome.INACTIVE);
        federated.activate();
        assertThat(federated.signInFederated(
                        "Ieva Kalniņa",
                        "ieva@vsaa.lv",
                        vsaa,
                        null,
                        EnumSet.of(Role.SPECIALIST),
                        NOW,
                        TODAY.minusYears(2)))
                .isEqualTo(SignInOutcome.NO_AGREEMENT);
    }

    @Test
    void aTokenCannotMakeAClerkWithoutACentre() {
        assertThatThrownBy(() -> StaffAccount.federated(
                        "ieva.sso", "Ieva Kalniņa", "ieva@vsaa.lv", vsaa, null, EnumSet.of(Role.CLERK), NOW))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.field()).isEqualTo("centre"));
    }

    @Test
    void anAccountWithAPasswordIsNeverSignedInByTheProvider() {
        assertThatThrownBy(() -> account.signInFederated(
                        "Laura Kalēja", "laura@vsaa.lv", vsaa, null, EnumSet.of(Role.SPECIALIST), NOW, TODAY))
                .isInstanceOf(IllegalStateException.class);
    }
}
