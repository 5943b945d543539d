package lv.pietura.organisation;

import static lv.pietura.shared.RoleNames.INSTITUTION_ADMIN;
import static lv.pietura.shared.RoleNames.PLATFORM_ADMIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import lv.pietura.audit.AuditAction;
import lv.pietura.audit.AuditLog;
import lv.pietura.audit.Changes;
import lv.pietura.shared.AccessDenied;
import lv.pietura.shared.Checks;
import lv.pietura.shared.ConcurrentChange;
import lv.pietura.shared.Page;
import lv.pietura.shared.PageRequest;
import lv.pietura.shared.RuleViolation;

/**
 * Staff accounts. Institution administrators manage their own institution's staff and may give only
 * the roles of {@link Role#GRANTED_BY_INSTITUTION_ADMIN}; platform administrators manage everyone's.
 * An account outside the caller's scope does not exist for them ({@code NotFound}).
 */
@Stateless
@RolesAllowed({PLATFORM_ADMIN, INSTITUTION_ADMIN})
public class StaffAdministration {

    static final String ENTITY = "StaffAccount";

    @Inject
    StaffRepository staff;

    @Inject
    InstitutionRepository institutions;

    @Inject
    CentreRepository centres;

    @Inject
    CallerContext callers;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /** A list of staff is a view of their personal data: recorded with the ids shown. */
    public Page<StaffView> find(StaffFilter filter, PageRequest page) {
        Caller caller = callers.current();
        Instant now = clock.instant();
        Page<StaffView> result =
                staff.page(caller.changeScope(), filter, now, page).map(s -> StaffView.of(s, now));
        if (!result.rows().isEmpty()) {
            audit.record(
                    caller.actor(),
                    AuditAction.READ_PERSONAL_DATA,
                    ENTITY,
                    null,
                    caller.changeScope().institutionId(),
                    "list: "
                            + result.rows().stream()
                                    .map(s -> String.valueOf(s.id()))
                                    .collect(Collectors.joining(",")));
        }
        return result;
    }

    public StaffView get(long id) {
        Caller caller = callers.current();
        StaffAccount account = staff.get(id, caller.changeScope());
        audit.record(
                caller.actor(),
                AuditAction.READ_PERSONAL_DATA,
                ENTITY,
                id,
                account.institution().id(),
                null);
        return StaffView.of(account, clock.instant());
    }

    public long create(NewStaff request) {
        Caller caller = callers.current();
        if (!caller.changeScope().includes(request.institutionId())) {
            throw new AccessDenied("tenant.otherInstitution");
        }
        requireGrantable(caller, request.roles());
        Institution institution = institutions.get(request.institutionId());
        Centre centre = request.centreId() == null ? null : centres.get(request.centreId());
        staff.withUsername(request.username()).ifPresent(existing -> {
            throw RuleViolation.ofField("username", "staff.username.taken", existing.username());
        });
        StaffAccount account = new StaffAccount(
                request.username(),
                request.fullName(),
                request.email(),
                institution,
                centre,
                request.roles(),
                request.temporaryPassword(),
                clock.instant());
        staff.store(account);
        em.flush();
        audit.record(
                caller.actor(),
                AuditAction.CREATE,
                ENTITY,
                account.id(),
                institution.id(),
                Changes.of()
                        .value("username", account.username())
                        .value("fullName", account.fullName())
                        .value("email", account.email())
                        .value("centre", centre == null ? null : centre.name())
                        .value("roles", account.roles())
                        .toString());
        return account.id();
    }

    public void change(long id, int expectedVersion, StaffDetails details) {
        Caller caller = callers.current();
        StaffAccount account = staff.get(id, caller.changeScope());
        ConcurrentChange.requireVersion(account.version(), expectedVersion);
        requireManageable(caller, account);
        requireGrantable(caller, details.roles());
        if (account.id() == caller.staffId() && !details.roles().containsAll(adminRolesOf(account))) {
            throw RuleViolation.ofField("roles", "staff.cannotDropOwnAdminRole");
        }
        Centre centre = details.centreId() == null ? null : centres.get(details.centreId());
        Changes changes = Changes.of()
                .field("fullName", account.fullName(), Checks.clean(details.fullName()))
                .field("email", account.email(), Checks.clean(details.email()))
                .field(
                        "centre",
                        account.centre() == null ? null : account.centre().name(),
                        centre == null ? null : centre.name())
                .field(
                        "roles",
                        Set.copyOf(account.roles()),
                        Set.copyOf(details.roles() == null ? Set.of() : details.roles()));
        account.describe(details.fullName(), details.email(), account.institution(), centre, details.roles());
        ConcurrentChange.flush(em);
        if (!changes.isEmpty()) {
            audit.record(
                    caller.actor(),
                    AuditAction.UPDATE,
                    ENTITY,
                    id,
                    account.institution().id(),
                    changes.toString());
        }
    }

    public void deactivate(long id) {
        change(id, AuditAction.UPDATE, "active: true -> false", (caller, account) -> {
            if (account.id() == caller.staffId()) {
                throw new RuleViolation("staff.cannotDeactivateSelf");
            }
            account.deactivate();
        });
    }

    public void activate(long id) {
        change(id, AuditAction.UPDATE, "active: false -> true", (caller, account) -> account.activate());
    }

    public void unlock(long id) {
        change(id, AuditAction.ACCOUNT_UNLOCKED, null, (caller, account) -> account.unlock());
    }

    /** Sets a temporary password (the holder must change it at the next sign-in) and lifts a lock. */
    public void resetPassword(long id, char[] temporaryPassword) {
        change(
                id,
                AuditAction.PASSWORD_RESET,
                null,
                (caller, account) -> account.resetPassword(temporaryPassword, clock.instant()));
    }

    /** One step on an account the caller may manage: taken, stored, and audited as {@code action}. */
    private void change(long id, AuditAction action, String detail, BiConsumer<Caller, StaffAccount> step) {
        Caller caller = callers.current();
        StaffAccount account = manageable(caller, id);
        step.accept(caller, account);
        ConcurrentChange.flush(em);
        audit.record(caller.actor(), action, ENTITY, id, account.institution().id(), detail);
    }

    /** A temporary password that satisfies the policy, for the administrator to hand over. */
    public char[] suggestTemporaryPassword(String username) {
        return TemporaryPasswords.generate(StaffAccount.normaliseUsername(username));
    }

    public long count(StaffStatus status) {
        return staff.count(callers.current().changeScope(), status, clock.instant());
    }

    private StaffAccount manageable(Caller caller, long id) {
        StaffAccount account = staff.get(id, caller.changeScope());
        requireManageable(caller, account);
        return account;
    }

    /** An institution administrator may not touch accounts holding roles they could not grant. */
    private static void requireManageable(Caller caller, StaffAccount account) {
        if (!caller.has(Role.PLATFORM_ADMIN) && !Role.GRANTED_BY_INSTITUTION_ADMIN.containsAll(account.roles())) {
            throw new AccessDenied("staff.rolesBeyondYours");
        }
    }

    private static void requireGrantable(Caller caller, Set<Role> roles) {
        if (roles != null
                && !caller.has(Role.PLATFORM_ADMIN)
                && !Role.GRANTED_BY_INSTITUTION_ADMIN.containsAll(roles)) {
            throw RuleViolation.ofField("roles", "staff.roles.notGrantable");
        }
    }

    private static Set<Role> adminRolesOf(StaffAccount account) {
        return account.roles().stream()
                .filter(r -> r == Role.PLATFORM_ADMIN || r == Role.INSTITUTION_ADMIN)
                .collect(Collectors.toSet());
    }
}
