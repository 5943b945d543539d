package lv.pietura.audit;

import static lv.pietura.shared.RoleNames.INSTITUTION_ADMIN;
import static lv.pietura.shared.RoleNames.PLATFORM_ADMIN;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import lv.pietura.shared.Clocks;
import lv.pietura.shared.Page;
import lv.pietura.shared.PageRequest;
import lv.pietura.shared.PagedQuery;

/**
 * Search of the audit trail. Platform administrators read everything; an institution administrator
 * reads the events about their institution's data and the events of their institution's staff.
 */
@Stateless
@RolesAllowed({PLATFORM_ADMIN, INSTITUTION_ADMIN})
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditVisibility visibility;

    @Inject
    AuditLog audit;

    @Resource
    SessionContext session;

    public Page<AuditEventView> find(AuditFilter filter, PageRequest page) {
        return PagedQuery.of(em, AuditEvent.class, "e", "AuditEvent e")
                .where(
                        "(e.institutionId = :tenant or e.actorInstitutionId = :tenant)",
                        "tenant",
                        visibility.visibleInstitutionId())
                .where("e.institutionId = :institution", "institution", filter.institutionId())
                .where(
                        "e.occurredAt >= :from",
                        "from",
                        filter.from() == null
                                ? null
                                : filter.from().atStartOfDay(Clocks.RIGA).toInstant())
                .where(
                        "e.occurredAt < :to",
                        "to",
                        filter.to() == null
                                ? null
                                : filter.to()
                                        .plusDays(1)
                                        .atStartOfDay(Clocks.RIGA)
                                        .toInstant())
                .where(
                        "e.actor = :actor",
                        "actor",
                        filter.actor() == null ? null : filter.actor().strip().toLowerCase())
                .where("e.action = :action", "action", filter.action())
                .where("e.entityType = :entityType", "entityType", filter.entityType())
                .where(
                        "e.entityId = :entityId",
                        "entityId",
                        filter.entityId() == null ? null : filter.entityId().strip())
                .where("e.subject = :subject", "subject", AuditLog.subjectOf(filter.subject()))
                .sortable("occurredAt", "e.occurredAt")
                .sortable("actor", "e.actor")
                .sortable("action", "e.action")
                .orderBy("e.occurredAt desc, e.id desc")
                .page(page)
                .map(AuditEventView::of);
    }

    /** A check of the audit chain, as the audit page lists it. */
    public record CheckView(
            Instant startedAt,
            Instant finishedAt,
            String requestedBy,
            long linksChecked,
            long eventsUnlinked,
            Long firstBrokenSeq,
            Long firstBrokenEventId,
            AuditCheck.Problem problem,
            boolean intact)
            implements Serializable {

        static CheckView of(AuditCheck c) {
            return new CheckView(
                    c.startedAt(),
                    c.finishedAt(),
                    c.requestedBy(),
                    c.linksChecked(),
                    c.eventsUnlinked(),
                    c.firstBrokenSeq(),
                    c.firstBrokenEventId(),
                    c.problem(),
                    c.intact());
        }
    }

    /** Starts a check of the whole audit chain (the {@code audit-check} job); its result shows in {@link #checks}. */
    @RolesAllowed(PLATFORM_ADMIN)
    public void checkChain() {
        String me = session.getCallerPrincipal().getName();
        audit.record(
                new Actor(me, visibility.ownInstitutionId()),
                AuditAction.CHECK,
                "AuditChain",
                null,
                null,
                "check of the audit chain asked for");
        AuditSchedule.start(me);
    }

    /** The latest checks of the chain, newest first. */
    @RolesAllowed(PLATFORM_ADMIN)
    public List<CheckView> checks() {
        return em.createQuery("select c from AuditCheck c order by c.startedAt desc, c.id desc", AuditCheck.class)
                .setMaxResults(10)
                .getResultStream()
                .map(CheckView::of)
                .toList();
    }

    /** The kinds of record that appear in the trail, for the search form. */
    public List<String> entityTypes() {
        return em.createQuery("select distinct e.entityType from AuditEvent e order by e.entityType", String.class)
                .getResultList();
    }
}
