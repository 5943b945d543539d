package lv.pietura.organisation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityGraph;
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

    /** Also loaded outside transactions (imports run row by row), so nothing may be left lazy. */
    private EntityGraph<StaffAccount> withInstitutionAndAgreements() {
        EntityGraph<StaffAccount> graph = em.createEntityGraph(StaffAccount.class);
        graph.addSubgraph("institution").addAttributeNodes("agreements");
        return graph;
    }

    public Caller current() {
        String name = principal == null ? null : principal.getName();
        if (resolved != null && resolved.username().equals(name)) {
            return resolved;
        }
        StaffAccount account = name == null ? null : em.createQuery(
                        "select s from StaffAccount s where s.username = :name", StaffAccount.class)
                .setParameter("name", StaffAccount.normaliseUsername(name))
                .setHint("jakarta.persistence.loadgraph", withInstitutionAndAgreements())
                .getResultStream().findFirst().orElse(null);
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
