package lv.pietura.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import lv.pietura.organisation.Centre;
import lv.pietura.organisation.TenantScope;
import lv.pietura.shared.NotFound;
import lv.pietura.shared.Page;
import lv.pietura.shared.PageRequest;
import lv.pietura.shared.PagedQuery;

@ApplicationScoped
class ServiceRepository {

    /** The published version that is in force today, for queries over the published catalogue. */
    private static final String IN_FORCE =
            "v.state = lv.pietura.catalogue.VersionState.PUBLISHED and v.validFrom <= :today"
                    + " and v.validFrom = (select max(v2.validFrom) from ServiceVersion v2 where v2.service = s"
                    + " and v2.state = lv.pietura.catalogue.VersionState.PUBLISHED and v2.validFrom <= :today)"
                    + " and (s.withdrawnOn is null or s.withdrawnOn > :today)";

    @PersistenceContext
    EntityManager em;

    /** A service of an institution within {@code scope}; any other does not exist for the caller. */
    Service get(long id, TenantScope scope) {
        Service service = em.find(Service.class, id);
        if (service == null || !scope.includes(service.holder().id())) {
            throw new NotFound("service", id);
        }
        return service;
    }

    Optional<Service> withCode(String code) {
        return em.createQuery("select s from Service s where s.code = :code", Service.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    List<Service> withCodes(List<String> codes) {
        return codes.isEmpty()
                ? List.of()
                : em.createQuery("select s from Service s where s.code in :codes", Service.class)
                        .setParameter("codes", codes)
                        .getResultList();
    }

    void store(Service service) {
        em.persist(service);
    }

    void remove(Service service) {
        em.remove(service);
    }

    /** Services of the scope's institution, whatever their state. */
    Page<Service> ofInstitution(TenantScope scope, ServiceFilter filter, PageRequest request) {
        PagedQuery<Service> query = PagedQuery.of(em, Service.class, "s", "Service s join s.holder h")
                .fetch("join fetch s.holder")
                .where("h.id = :tenant", "tenant", scope.institution())
                .where("h.id = :holder", "holder", filter.holderId())
                .sortable("code", "s.code")
                .orderBy("s.code");
        textCondition(
                query, "exists (select 1 from ServiceVersion tv where tv.service = s and (%s))", "tv", filter.text());
        return query.page(request);
    }

    /** Versions in force today, one per service offered, matching the filter. */
    Page<ServiceVersion> inForce(ServiceFilter filter, LocalDate today, PageRequest request) {
        PagedQuery<ServiceVersion> query = PagedQuery.of(
                        em, ServiceVersion.class, "v", "ServiceVersion v join v.service s join s.holder h")
                .fetch("join fetch v.service")
                .where(IN_FORCE)
                .parameter("today", today)
                .where("h.id = :holder", "holder", filter.holderId())
                .where(":channel member of v.requestChannels", "channel", filter.channel())
                .where("s.inMinimumBasket = :basket", "basket", filter.basket())
                .sortable("name", "v.name.lv")
                .sortable("code", "s.code")
                .sortable("holder", "h.name.lv")
                .orderBy("v.name.lv");
        Centre centre = filter.centreId() == null ? null : em.find(Centre.class, filter.centreId());
        if (centre != null) {
            query.where("(s.inMinimumBasket = true or :centre member of s.offeredAt)")
                    .parameter("centre", centre);
        }
        // the published catalogue and a real centre show real services; a training sandbox's centre its own
        query.where(
                centre != null && centre.municipality().training()
                        ? "h.trainingOf is not null"
                        : "h.trainingOf is null");
        textCondition(query, "(%s)", "v", filter.text());
        return query.page(request);
    }

    /** Every word of {@code text} (folded like the search text) must occur. */
    private static void textCondition(PagedQuery<?> query, String template, String alias, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        String[] words = ServiceVersion.fold(text).trim().split("\\s+");
        StringBuilder condition = new StringBuilder();
        for (int i = 0; i < words.length && i < 8; i++) {
            if (i > 0) {
                condition.append(" and ");
            }
            condition.append(alias).append(".searchText like :word").append(i).append(" escape '!'");
            query.parameter(
                    "word" + i,
                    "%"
                            + words[i].replace("!", "!!")
                                    .replace("%", "!%")
                                    .replace("_", "!_")
                                    .toLowerCase(Locale.ROOT) + "%");
        }
        query.where(String.format(template, condition));
    }

    List<Service> publishedInForce(LocalDate today) {
        return em.createQuery(
                        "select s from ServiceVersion v join v.service s where " + IN_FORCE + " order by s.code",
                        Service.class)
                .setParameter("today", today)
                .getResultList();
    }

    boolean fileReferencedInForce(String fileId, LocalDate today) {
        return em.createQuery(
                                "select count(v) from ServiceVersion v join v.service s join v.documents d"
                                        + " where d.templateFileId = :file and " + IN_FORCE,
                                Long.class)
                        .setParameter("file", fileId)
                        .setParameter("today", today)
                        .getSingleResult()
                > 0;
    }

    boolean fileReferencedBy(String fileId, long institutionId) {
        return em.createQuery(
                                "select count(v) from ServiceVersion v join v.service s join v.documents d"
                                        + " where d.templateFileId = :file and s.holder.id = :institution",
                                Long.class)
                        .setParameter("file", fileId)
                        .setParameter("institution", institutionId)
                        .getSingleResult()
                > 0;
    }

    List<Object[]> holdersInForce(LocalDate today) {
        return em.createQuery(
                        "select distinct h.id, h.name.lv, h.name.en from ServiceVersion v join v.service s"
                                + " join s.holder h where h.trainingOf is null and " + IN_FORCE
                                + " order by h.name.lv",
                        Object[].class)
                .setParameter("today", today)
                .getResultList();
    }
}
