package lv.pietura.organisation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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

    @Inject
    Principal principal;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    private Caller resolved;

    /**
     * The account with its institution, centre and roles in one statement (the institution's agreements
     * follow when checked below): also loaded outside transactions (imports run row by row), so nothing may be
     * left lazy. Fetch joins rather than an entity graph: Hibernate keeps the translated SQL of a plain query,
     * while a query with a graph is translated anew each time (a millisecond of every request).
     */
    private static final String ACCOUNT = "select s from StaffAccount s join fetch s.institution"
            + " left join fetch s.centre left join fetch s.roles where s.username = :name";

    public Caller current() {
        String name = principal == null ? null : principal.getName();
        if (resolved != null && resolved.username().equals(name)) {
            return resolved;
        }
        StaffAccount account = name == null ? null : em.createQuery(ACCOUNT, StaffAccount.class)
                .setParameter("name", StaffAccount.normaliseUsername(name))
                .getResultList().stream().findFirst().orElse(null);
        if (account == null || !account.active()) {
            throw new AccessDenied("caller.unknown");
        }
        if (!account.institution().mayUseSystemOn(LocalDate.now(clock))) {
            throw new AccessDenied("caller.noAgreement");
        }
        resolved = new Caller(account.id(), account.username(), account.institution().id(),
                account.centre() == null ? null : account.centre().id(), account.roles());
        return resolved;
    }
}
