package lv.pietura.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import lv.pietura.catalogue.Service;
import lv.pietura.organisation.TenantScope;
import lv.pietura.shared.NotFound;
import lv.pietura.shared.Page;
import lv.pietura.shared.PageRequest;
import lv.pietura.shared.PagedQuery;

/** Cases and their lists. Who may see which case is the facades' business; each query says whose cases it reads. */
@ApplicationScoped
public class CaseRepository {

    static final EnumSet<CaseState> OPEN = EnumSet.of(CaseState.NEW, CaseState.IN_PROGRESS, CaseState.WAITING);
    static final EnumSet<CaseState> CLOSED = EnumSet.of(CaseState.COMPLETED, CaseState.REFUSED);
    private static final EnumSet<CaseState> RUNNING = EnumSet.of(CaseState.NEW, CaseState.IN_PROGRESS);

    @PersistenceContext
    EntityManager em;

    ServiceCase get(long id) {
        ServiceCase found = em.find(ServiceCase.class, id);
        if (found == null) {
            throw new NotFound("case", id);
        }
        return found;
    }

    /** For a change: the case locked against a concurrent change of the same case. */
    ServiceCase forChange(long id) {
        ServiceCase found = em.find(ServiceCase.class, id, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        if (found == null) {
            throw new NotFound("case", id);
        }
        return found;
    }

    Optional<ServiceCase> withNumber(String number) {
        return em.createQuery("select c from ServiceCase c where c.number = :number", ServiceCase.class)
                .setParameter("number", number)
                .getResultStream()
                .findFirst();
    }

    /** Numbers and stores a new case. */
    public void store(ServiceCase serviceCase) {
        serviceCase.numbered(nextNumber());
        em.persist(serviceCase);
    }

    /**
     * The next running case number, from the database's sequence in its own SQL dialect. A sequence's next value does
     * not depend on changes not yet written, so the query does not flush first (a native query otherwise flushes the
     * whole persistence context, checking every entity in it for changes: loading the demo data's cases in one
     * transaction did that once for each case).
     */
    private long nextNumber() {
        String sql = em.getEntityManagerFactory()
                .unwrap(org.hibernate.engine.spi.SessionFactoryImplementor.class)
                .getJdbcServices()
                .getDialect()
                .getSequenceSupport()
                .getSequenceNextValString("case_number_seq");
        return ((Number) em.createNativeQuery(sql)
                        .setFlushMode(FlushModeType.COMMIT)
                        .getSingleResult())
                .longValue();
    }

    Optional<Service> serviceWithCode(String code) {
        return em.createQuery("select s from Service s join fetch s.holder where s.code = :code", Service.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    /**
     * A worklist page.
     *
     * @param scope      an institution's (the cases it handles now) or a centre's (the cases registered there)
     * @param assigneeId the caller, for {@link CaseList#MINE}
     */
    Page<ServiceCase> list(CaseFilter filter, TenantScope scope, Long assigneeId, LocalDate today, PageRequest page) {
        PagedQuery<ServiceCase> query = PagedQuery.of(
                        em,
                        ServiceCase.class,
                        "c",
                        "ServiceCase c join c.serviceVersion v join c.service s join c.handlingInstitution h")
                .fetch("join fetch c.serviceVersion join fetch c.service join fetch c.handlingInstitution"
                        + " left join fetch c.assignee left join fetch c.centre")
                .where("h.id = :handler", "handler", scope.institutionId())
                .where("c.centre.id = :centre", "centre", scope.centreId())
                .where("c.centre.id = :filterCentre", "filterCentre", filter.centreId())
                .where("s.code = :service", "service", filter.serviceCode())
                .where("c.state = :state", "state", filter.state())
                .where("c.type = :type", "type", filter.type())
                .where("c.registeredOn >= :from", "from", filter.registeredFrom())
                .where("c.registeredOn <= :to", "to", filter.registeredTo())
                .sortable("number", "c.id")
                .sortable("registeredOn", "c.registeredAt")
                .sortable("dueOn", "c.dueOn")
                .sortable("normOn", "c.normOn")
                .sortable("state", "c.state")
                .sortable("client", "c.client.name")
                .sortable("service", "v.name.lv")
                .sortable("closedOn", "c.closedOn")
                .orderBy("c.dueOn, c.id");
        CaseList list = filter.list() == null ? CaseList.OPEN : filter.list();
        switch (list) {
            case UNASSIGNED -> query.where("c.state = :unassigned", "unassigned", CaseState.NEW);
            case MINE ->
                query.where("c.state in :open", "open", OPEN)
                        .where("c.assignee.id = :me", "me", assigneeId == null ? -1L : assigneeId);
            case OVERDUE ->
                query.where("c.state in :running", "running", RUNNING).where("c.dueOn < :today", "today", today);
            case OPEN -> query.where("c.state in :open", "open", OPEN);
            case CLOSED -> query.where("c.state in :closed", "closed", CLOSED).orderBy("c.closedAt desc, c.id desc");
            case ALL -> query.orderBy("c.registeredAt desc, c.id desc");
            default -> throw new IllegalArgumentException(list.name());
        }
        String text = filter.text() == null ? null : filter.text().strip();
        if (text != null && !text.isEmpty()) {
            String digits = text.replaceAll("[\\s-]", "");
            if (digits.matches("\\d{11}")) {
                query.where("c.client.code = :code", "code", digits);
            } else {
                query.whereContains(
                        "(lower(c.number) like :text escape '!' or lower(c.client.name) like :text escape '!')",
                        "text",
                        text.toLowerCase(Locale.ROOT));
            }
        }
        return query.page(page);
    }

    /** Every case of a client within {@code scope} (the institution handling it), newest first. */
    List<ServiceCase> ofClient(String clientCode, TenantScope scope, int max) {
        Long handlingInstitutionId = scope.institution();
        String jpql = "select c from ServiceCase c join fetch c.serviceVersion join fetch c.service"
                + " join fetch c.handlingInstitution left join fetch c.centre left join fetch c.assignee"
                + " where c.client.code = :code"
                + (handlingInstitutionId == null ? "" : " and c.handlingInstitution.id = :h")
                + " order by c.registeredAt desc, c.id desc";
        var query = em.createQuery(jpql, ServiceCase.class)
                .setParameter("code", clientCode)
                .setMaxResults(max);
        if (handlingInstitutionId != null) {
            query.setParameter("h", handlingInstitutionId);
        }
        return query.getResultList();
    }

    /** Open cases the deadline watch looks at: past due and not flagged, or due soon and assigned. */
    List<Long> overdueCandidates(LocalDate today) {
        return em.createQuery(
                        "select c.id from ServiceCase c where c.state in :running and c.overdueSince is null"
                                + " and c.dueOn < :today order by c.id",
                        Long.class)
                .setParameter("running", RUNNING)
                .setParameter("today", today)
                .getResultList();
    }

    List<Long> reminderCandidates(LocalDate today, LocalDate dueNoLaterThan) {
        return em.createQuery(
                        "select c.id from ServiceCase c where c.state = :inProgress and c.assignee is not null"
                                + " and c.dueOn >= :today and c.dueOn <= :limit"
                                + " and (c.remindedFor is null or c.remindedFor <> c.dueOn) order by c.id",
                        Long.class)
                .setParameter("inProgress", CaseState.IN_PROGRESS)
                .setParameter("today", today)
                .setParameter("limit", dueNoLaterThan)
                .getResultList();
    }

    Optional<ServiceCase> withRatingToken(String tokenHash) {
        return em.createQuery("select c from ServiceCase c where c.clientRating.tokenHash = :hash", ServiceCase.class)
                .setParameter("hash", tokenHash)
                .getResultStream()
                .findFirst();
    }

    Optional<PortalSubmission> submission(long portalInstitutionId, String key) {
        return em.createQuery(
                        "select p from PortalSubmission p where p.portalInstitutionId = :portal and p.key = :key",
                        PortalSubmission.class)
                .setParameter("portal", portalInstitutionId)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
    }

    /** Whether any case of the caller's institution (by centre or as handler) refers to the file. */
    /** The case's document by the handle it was attached with, or nothing. */
    Optional<CaseDocument> document(long caseId, String fileId) {
        return em.createQuery(
                        "select d from ServiceCase c join c.documents d where c.id = :id and d.fileId = :file",
                        CaseDocument.class)
                .setParameter("id", caseId)
                .setParameter("file", fileId)
                .getResultStream()
                .findFirst();
    }
}
