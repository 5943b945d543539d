package lv.pietura.eaddress;

import static lv.pietura.shared.RoleNames.PLATFORM_ADMIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import lv.pietura.audit.AuditAction;
import lv.pietura.audit.AuditLog;
import lv.pietura.organisation.CallerContext;
import lv.pietura.shared.NotFound;
import lv.pietura.shared.Page;
import lv.pietura.shared.PageRequest;

/**
 * Platform administrators decide the requests of persons to activate a company's e-address: confirmed, the
 * company's e-address is activated at once (institutions can write to it) and the person represents the company
 * (works its e-address); refused, with the reason the person
 * then reads. Every decision is audited.
 */
@Stateless
@RolesAllowed(PLATFORM_ADMIN)
public class CompanyActivations {

    @Inject
    CallerContext callers;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /** A request waiting for a decision, as the administrator reads it. */
    public record Pending(
            long id,
            String company,
            String address,
            String personCode,
            String personName,
            String basis,
            Instant requestedAt)
            implements java.io.Serializable {}

    /** The requests waiting for a decision, oldest first. */
    public Page<Pending> pending(PageRequest page) {
        long total = em.createQuery("select count(r) from CompanyRequest r where r.status = :pending", Long.class)
                .setParameter("pending", CompanyRequest.Status.PENDING)
                .getSingleResult();
        var rows = em.createQuery(
                        "select r from CompanyRequest r join fetch r.company where r.status = :pending"
                                + " order by r.requestedAt, r.id",
                        CompanyRequest.class)
                .setParameter("pending", CompanyRequest.Status.PENDING)
                .setFirstResult(page.first())
                .setMaxResults(page.size())
                .getResultStream()
                .map(r -> new Pending(
                        r.id(),
                        r.company().name(),
                        r.company().address(),
                        r.personCode(),
                        r.personName(),
                        r.basis(),
                        r.requestedAt()))
                .toList();
        return new Page<>(rows, total);
    }

    public void confirm(long requestId) {
        CompanyRequest request = request(requestId);
        request.confirm(callers.current().actor().username(), clock.instant());
        em.persist(Representation.confirmed(request, clock.instant()));
        record(request, "confirmed: the company's e-address is activated, the person represents the company");
    }

    public void refuse(long requestId, String reason) {
        CompanyRequest request = request(requestId);
        request.refuse(reason, callers.current().actor().username(), clock.instant());
        record(request, "refused");
    }

    private CompanyRequest request(long id) {
        CompanyRequest request = em.find(CompanyRequest.class, id);
        if (request == null) {
            throw new NotFound("request", id);
        }
        return request;
    }

    private void record(CompanyRequest request, String what) {
        audit.record(
                callers.current().actor(),
                AuditAction.UPDATE,
                "CompanyRequest",
                request.id(),
                null,
                what + " (" + request.company().address() + ", asked by " + request.personCode() + ")",
                request.company().identifier());
    }
}
