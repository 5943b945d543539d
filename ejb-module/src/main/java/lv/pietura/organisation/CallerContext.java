package lv.pietura.organisation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import lv.pietura.shared.AccessDenied;

/**
 * Resolves the signed-in principal to its staff account once per request. The account is read
 * afresh for each request, so deactivating an account or ending an agreement takes effect at the
 * next click, not at the next sign-in.
 */
@RequestScoped
public class CallerContext {

    /** One statement for the account, its institution, centre and roles; a plain query, so its plan is cached. */
    private static final String ACCOUNT = "select s from StaffAccount s join fetch s.institution"
            + " left join fetch s.centre left join fetch s.roles where s.username = :name";

    @Inject
    Principal principal;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    StaffRepository staff;

    private Caller resolved;

    /**
     * Some callers have no transaction (imports run row by row, batch jobs are started outside one); the
     * lookup then has one of its own, so the institution's agreements (second-level cached) can load.
     * Refusing a caller leaves the caller's own transaction as it is.
     */
    @Transactional(value = Transactional.TxType.REQUIRED, dontRollbackOn = AccessDenied.class)
    public Caller current() {
        String name = principal == null ? null : principal.getName();
        if (resolved != null && resolved.username().equals(name)) {
            return resolved;
        }
        StaffAccount account = name == null
                ? null
                : em.createQuery(ACCOUNT, StaffAccount.class)
                        .setParameter("name", StaffAccount.normaliseUsername(name))
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
        if (account == null || !account.active() || !staff.traineesStaffMemberWorks(account)) {
            throw new AccessDenied("caller.unknown");
        }
        if (!account.institution().mayUseSystemOn(LocalDate.now(clock))) {
            throw new AccessDenied("caller.noAgreement");
        }
        resolved = new Caller(
                account.id(),
                account.username(),
                account.institution().id(),
                account.centre() == null ? null : account.centre().id(),
                account.roles());
        return resolved;
    }
}
