package lv.pietura.organisation;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;
import lv.pietura.audit.Actor;
import lv.pietura.audit.AuditAction;
import lv.pietura.audit.AuditLog;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks staff credentials for the identity store of the web tier. {@code @PermitAll} on purpose: it
 * is what an anonymous visitor calls to stop being anonymous. Every attempt is audited; the failure
 * count and the lock are committed even when the attempt fails.
 */
@Stateless
@PermitAll
public class SignIn {

    private static final int ACTOR_MAX = 64;

    @Inject
    StaffRepository staff;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "pietura.sign-in.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "pietura.sign-in.lock-minutes", defaultValue = "15")
    int lockMinutes;

    public SignInResult signIn(String username, char[] password) {
        String name = StaffAccount.normaliseUsername(username);
        Optional<StaffAccount> found = name == null ? Optional.empty() : staff.withUsername(name);
        if (found.isEmpty()) {
            PasswordHash.verifyNothing(password);
            String actor = name == null ? "" : name.length() > ACTOR_MAX ? name.substring(0, ACTOR_MAX) : name;
            audit.record(new Actor(actor, null), AuditAction.SIGN_IN_FAILED, StaffAdministration.ENTITY, null, null,
                    SignInOutcome.BAD_CREDENTIALS.name());
            return SignInResult.refused(SignInOutcome.BAD_CREDENTIALS);
        }
        StaffAccount account = found.get();
        Instant now = clock.instant();
        boolean wasLocked = account.isLocked(now);
        SignInOutcome outcome = account.signIn(password, now, LocalDate.now(clock), policy());
        Actor actor = new Actor(account.username(), account.institution().id());
        long institutionId = account.institution().id();
        if (outcome == SignInOutcome.SIGNED_IN) {
            audit.record(actor, AuditAction.SIGN_IN, StaffAdministration.ENTITY, account.id(), institutionId, null);
            return new SignInResult(outcome, account.username(),
                    account.roles().stream().map(Role::name).collect(Collectors.toSet()), account.mustChangePassword());
        }
        audit.record(actor, AuditAction.SIGN_IN_FAILED, StaffAdministration.ENTITY, account.id(), institutionId,
                outcome.name());
        if (outcome == SignInOutcome.LOCKED && !wasLocked) {
            audit.record(actor, AuditAction.ACCOUNT_LOCKED, StaffAdministration.ENTITY, account.id(), institutionId,
                    "until " + account.lockedUntil());
        }
        return SignInResult.refused(outcome);
    }

    SignInPolicy policy() {
        return new SignInPolicy(maxFailures, Duration.ofMinutes(lockMinutes));
    }
}
