package lv.pietura.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import lv.pietura.shared.Clocks;
import lv.pietura.shared.Page;
import lv.pietura.shared.PageRequest;
import lv.pietura.shared.PagedQuery;

import static lv.pietura.shared.RoleNames.INSTITUTION_ADMIN;
import static lv.pietura.shared.RoleNames.PLATFORM_ADMIN;

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

    public Page<AuditEventView> find(AuditFilter filter, PageRequest page) {
        return PagedQuery.of(em, AuditEvent.class, "e", "AuditEvent e")
                .where("(e.institutionId = :tenant or e.actorInstitutionId = :tenant)", "tenant",
                        visibility.visibleInstitutionId())
                .where("e.institutionId = :institution", "institution", filter.institutionId())
                .where("e.occurredAt >= :from", "from",
                        filter.from() == null ? null : filter.from().atStartOfDay(Clocks.RIGA).toInstant())
                .where("e.occurredAt < :to", "to",
                        filter.to() == null ? null : filter.to().plusDays(1).atStartOfDay(Clocks.RIGA).toInstant())
                .where("e.actor = :actor", "actor", filter.actor() == null ? null : filter.actor().strip().toLowerCase())
                .where("e.action = :action", "action", filter.action())
                .where("e.entityType = :entityType", "entityType", filter.entityType())
                .where("e.entityId = :entityId", "entityId", filter.entityId() == null ? null : filter.entityId().strip())
                .sortable("occurredAt", "e.occurredAt")
                .sortable("actor", "e.actor")
                .sortable("action", "e.action")
                .orderBy("e.occurredAt desc, e.id desc")
                .page(page)
                .map(AuditEventView::of);
    }

    /** The kinds of record that appear in the trail, for the search form. */
    public List<String> entityTypes() {
        return em.createQuery("select distinct e.entityType from AuditEvent e order by e.entityType", String.class)
                .getResultList();
    }
}
