package lv.pietura.organisation;

import static lv.pietura.shared.RoleNames.PORTAL;
import static lv.pietura.shared.RoleNames.STAFF;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import lv.pietura.audit.AuditAction;
import lv.pietura.audit.AuditLog;
import lv.pietura.audit.Changes;
import lv.pietura.shared.ConcurrentChange;

/** The signed-in staff member's own account: profile, contact details, password, signing out. */
@Stateless
@RolesAllowed(STAFF)
public class MyAccount {

    @Inject
    StaffRepository staff;

    @Inject
    CallerContext callers;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /** Also an e-service portal's account: it signs in to the pages only to change a temporary password. */
    @RolesAllowed({STAFF, PORTAL})
    public ProfileView profile() {
        StaffAccount account = mine();
        LocalDate today = LocalDate.now(clock);
        return new ProfileView(
                account.username(),
                account.fullName(),
                account.email(),
                account.institution().id(),
                account.institution().name(),
                account.centre() == null ? null : account.centre().id(),
                account.centre() == null ? null : account.centre().name(),
                account.roles(),
                account.lastSignInAt(),
                account.passwordChangedAt(),
                account.mustChangePassword(),
                account.institution()
                        .agreementOn(today)
                        .map(a -> AgreementView.of(a, today))
                        .orElse(null),
                account.isFederated());
    }

    /**
     * Whether the notes of {@code release} (the release this server runs) are new to the caller: true once after each
     * upgrade, then false.
     */
    public boolean firstSightOf(String release) {
        return release != null && !release.isBlank() && mine().firstSightOf(release.strip());
    }

    public void updateContact(String fullName, String email) {
        StaffAccount account = mine();
        Changes changes = Changes.of()
                .field("fullName", account.fullName(), fullName == null ? null : fullName.strip())
                .field("email", account.email(), email == null ? null : email.strip());
        account.updateContact(fullName, email);
        ConcurrentChange.flush(em);
        if (!changes.isEmpty()) {
            audit.record(
                    callers.current().actor(),
                    AuditAction.UPDATE,
                    StaffAdministration.ENTITY,
                    account.id(),
                    account.institution().id(),
                    changes.toString());
        }
    }

    @RolesAllowed({STAFF, PORTAL})
    public void changePassword(char[] current, char[] next) {
        StaffAccount account = mine();
        account.changePassword(current, next, clock.instant());
        ConcurrentChange.flush(em);
        audit.record(
                callers.current().actor(),
                AuditAction.PASSWORD_CHANGED,
                StaffAdministration.ENTITY,
                account.id(),
                account.institution().id(),
                null);
    }

    @RolesAllowed({STAFF, PORTAL})
    public void signOut() {
        Caller caller = callers.current();
        audit.record(
                caller.actor(),
                AuditAction.SIGN_OUT,
                StaffAdministration.ENTITY,
                caller.staffId(),
                caller.institutionId(),
                null);
    }

    private StaffAccount mine() {
        Caller caller = callers.current();
        return staff.get(caller.staffId(), TenantScope.of(caller.institutionId()));
    }
}
