package lv.pietura.organisation;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import lv.pietura.audit.Actor;
import lv.pietura.audit.AuditAction;
import lv.pietura.audit.AuditLog;
import lv.pietura.security.AccountState;
import lv.pietura.security.Admission;
import lv.pietura.security.FederatedStaff;
import lv.pietura.security.PasswordHash;
import lv.pietura.security.StaffIdentities;
import lv.pietura.shared.RegistrationNumber;
import lv.pietura.shared.RuleViolation;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks staff credentials for the identity store of the web tier. {@code @PermitAll} on purpose: it
 * is what an anonymous visitor calls to stop being anonymous. Every attempt is audited; the failure
 * count and the lock are committed even when the attempt fails. The sign-in mechanisms ({@code
 * lv.pietura.security}) see the staff accounts through it ({@link StaffIdentities}).
 */
@Stateless
@LocalBean
@Local(StaffIdentities.class)
@PermitAll
public class SignIn implements StaffIdentities {

    private static final int ACTOR_MAX = 64;
    private static final String SINGLE_SIGN_ON = "single sign-on";
    /** How long a sign-in waits for the guesses of the same account being checked at that moment. */
    private static final Duration BUSY_WAIT = Duration.ofSeconds(10);

    @PersistenceContext
    EntityManager em;

    @Inject
    InstitutionRepository institutions;

    @Inject
    StaffRepository staff;

    @Inject
    AuditLog audit;

    @Inject
    Guesses guesses;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "pietura.sign-in.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "pietura.sign-in.lock-minutes", defaultValue = "15")
    int lockMinutes;

    /**
     * Checks a staff member's password. Every refusal (unknown name, wrong password, locked, deactivated,
     * no agreement) costs one password derivation, so none can be told from another by the time it takes;
     * the outcome is told apart only to the audit and the caller's code, never to the person signing in.
     */
    public SignInResult signIn(String username, char[] password) {
        String name = StaffAccount.possibleUsername(username);
        Optional<StaffAccount> found = name == null ? Optional.empty() : staff.withUsername(name);
        if (found.isEmpty()) {
            PasswordHash.verifyNothing(password);
            audit.record(
                    actor(name == null ? StaffAccount.normaliseUsername(username) : name, null),
                    AuditAction.SIGN_IN_FAILED,
                    StaffAdministration.ENTITY,
                    null,
                    null,
                    SignInOutcome.BAD_CREDENTIALS.name());
            return SignInResult.refused(SignInOutcome.BAD_CREDENTIALS);
        }
        StaffAccount account = found.get();
        Actor actor = new Actor(account.username(), account.institution().id());
        long institutionId = account.institution().id();
        StaffAccount.Guess guess = takeGuess(account.id());
        SignInOutcome outcome;
        boolean locked = false;
        if (guess != StaffAccount.Guess.TAKEN) {
            PasswordHash.verifyNothing(password);
            outcome = SignInOutcome.LOCKED;
        } else {
            outcome = account.check(password, LocalDate.now(clock));
            if (outcome == SignInOutcome.SIGNED_IN && !staff.traineesStaffMemberWorks(account)) {
                outcome = SignInOutcome.INACTIVE; // a trainee account lasts as long as its staff member's
            }
            if (outcome == SignInOutcome.SIGNED_IN) {
                guesses.right(account.id(), clock.instant());
                audit.record(actor, AuditAction.SIGN_IN, StaffAdministration.ENTITY, account.id(), institutionId, null);
                return new SignInResult(
                        outcome, account.username(), Role.groups(account.roles()), account.mustChangePassword());
            }
            locked = guesses.wrong(account.id(), clock.instant(), policy());
            if (locked) {
                outcome = SignInOutcome.LOCKED;
            }
        }
        audit.record(
                actor,
                AuditAction.SIGN_IN_FAILED,
                StaffAdministration.ENTITY,
                account.id(),
                institutionId,
                outcome.name());
        if (locked) {
            audit.record(
                    actor,
                    AuditAction.ACCOUNT_LOCKED,
                    StaffAdministration.ENTITY,
                    account.id(),
                    institutionId,
                    "until " + clock.instant().plus(policy().lockDuration()));
        }
        return SignInResult.refused(outcome);
    }

    /**
     * A guess on the account, waiting while as many guesses as the policy allows are being checked (parallel
     * sign-ins of one account, such as a portal's first requests, take turns; none is refused for the others),
     * but not longer than {@link #BUSY_WAIT}.
     */
    private StaffAccount.Guess takeGuess(long accountId) {
        Instant giveUp = clock.instant().plus(BUSY_WAIT);
        StaffAccount.Guess guess = guesses.take(accountId, clock.instant(), policy());
        while (guess == StaffAccount.Guess.BUSY && clock.instant().isBefore(giveUp)) {
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return guess;
            }
            guess = guesses.take(accountId, clock.instant(), policy());
        }
        return guess;
    }

    /**
     * The account as the API's sign-in needs it now (one indexed query; the institution's agreements load
     * with it). In a short transaction of its own when the caller has none.
     */
    @Override
    public AccountState stateOf(String username) {
        String name = StaffAccount.possibleUsername(username);
        if (name == null) {
            return null;
        }
        Object[] row = em.createQuery(
                        "select s.passwordHash, s.active, s.lockedUntil, s.mustChangePassword, s.institution.id"
                                + " from StaffAccount s where s.username = :username",
                        Object[].class)
                .setParameter("username", name)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (row == null) {
            return null;
        }
        Instant lockedUntil = (Instant) row[2];
        Institution institution = em.find(Institution.class, row[4]);
        boolean mayWork = Boolean.TRUE.equals(row[1])
                && (lockedUntil == null || !lockedUntil.isAfter(clock.instant()))
                && institution != null
                && institution.mayUseSystemOn(LocalDate.now(clock));
        return new AccountState((String) row[0], mayWork, Boolean.TRUE.equals(row[3]));
    }

    /**
     * A single sign-on the identity provider has vouched for (the mechanism checked its token):
     * the first one makes a federated account, every one brings the account's name, institution and
     * roles up to date with the token. Audited as every sign-in is.
     */
    @Override
    public Admission federated(FederatedStaff person) {
        String name = StaffAccount.normaliseUsername(person.username());
        Optional<StaffAccount> found = name == null ? Optional.empty() : staff.withUsername(name);
        Optional<Institution> institution = RegistrationNumber.isValid(person.institution())
                ? institutions.withRegistrationNumber(RegistrationNumber.of(person.institution()))
                : Optional.empty();
        Instant now = clock.instant();
        String refusal = null;
        SignInOutcome outcome = SignInOutcome.NOT_MAPPED;
        StaffAccount account = found.orElse(null);
        if (account != null && !account.isFederated()) {
            refusal = "the user name belongs to an account with a password";
        } else if (institution.isEmpty()) {
            refusal = "no institution with registration number " + person.institution();
        } else if (person.roles().isEmpty()) {
            refusal = "no Pietura role in the token";
        } else {
            Set<Role> roles = person.roles().stream().map(Role::valueOf).collect(Collectors.toSet());
            Centre centre = person.centre() == null ? null : em.find(Centre.class, person.centre());
            try {
                if (account == null) {
                    account = StaffAccount.federated(
                            name, person.fullName(), person.email(), institution.get(), centre, roles, now);
                    staff.store(account);
                }
                outcome = account.signInFederated(
                        person.fullName(), person.email(), institution.get(), centre, roles, now, LocalDate.now(clock));
            } catch (RuleViolation e) {
                refusal = "the token's details break a rule: " + e.getMessage();
            }
        }
        Long institutionId = institution.map(Institution::id).orElse(null);
        Actor actor = actor(name, institutionId);
        Long accountId = account == null ? null : account.id();
        if (outcome == SignInOutcome.SIGNED_IN) {
            audit.record(
                    actor, AuditAction.SIGN_IN, StaffAdministration.ENTITY, accountId, institutionId, SINGLE_SIGN_ON);
            return Admission.of(account.username(), Role.groups(account.roles()));
        }
        audit.record(
                actor,
                AuditAction.SIGN_IN_FAILED,
                StaffAdministration.ENTITY,
                accountId,
                institutionId,
                SINGLE_SIGN_ON + ": " + (refusal == null ? outcome.name() : refusal));
        return Admission.refused(outcome.name());
    }

    /** Who tried, as the audit keeps it: what was typed, without control characters, cut to the column. */
    private static Actor actor(String typed, Long institutionId) {
        String name = typed == null ? "" : typed.replaceAll("\\p{Cntrl}", "?");
        return new Actor(name.length() > ACTOR_MAX ? name.substring(0, ACTOR_MAX) : name, institutionId);
    }

    SignInPolicy policy() {
        return new SignInPolicy(maxFailures, Duration.ofMinutes(lockMinutes));
    }
}
