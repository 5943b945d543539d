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
import lv.pietura.shared.PagedQuery;

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
        return PagedQuery.of(em, CompanyRequest.class, "r", "CompanyRequest r")
                .fetch("join fetch r.company")
                .where("r.status = :pending", "pending", CompanyRequest.Status.PENDING)
                .orderBy("r.requestedAt, r.id")
                .page(page)
                .map(r -> new Pending(
                        r.id(),
                        r.company().name(),
                        r.company().address(),
                        r.personCode(),
                        r.personName(),
                        r.basis(),
                        r.requestedAt()));
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

    /** A person who represents a company now, as the administrator reads it. */
    public record Current(
            long id,
            String company,
            String address,
            String personCode,
            String personName,
            Representation.Basis basis,
            Instant since)
            implements java.io.Serializable {}

    /** The representations that last, by company and person. */
    public Page<Current> representations(PageRequest page) {
        return PagedQuery.of(em, Representation.class, "r", "Representation r")
                .fetch("join fetch r.company")
                .where("r.endedAt is null")
                .orderBy("r.company.name, r.personName, r.id")
                .page(page)
                .map(r -> new Current(
                        r.id(),
                        r.company().name(),
                        r.company().address(),
                        r.personCode(),
                        r.personName(),
                        r.basis(),
                        r.since()));
    }

    /**
     * The person no longer represents the company (one named by the identity provider's claim does again at their
     * next sign-in if the claim still names it). Audited; an ended or unknown one is not found.
     */
    public void end(long representationId) {
        Representation representation = em.find(Representation.class, representationId);
        if (representation == null || !representation.current()) {
            throw new NotFound("representation", representationId);
        }
        representation.end(callers.current().actor().username(), clock.instant());
        audit.record(
                callers.current().actor(),
                AuditAction.UPDATE,
                "Representation",
                representation.id(),
                null,
                "ended: " + representation.personCode() + " no longer represents "
                        + representation.company().address(),
                representation.company().identifier());
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
