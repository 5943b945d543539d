package lv.pietura.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lv.pietura.shared.NotFound;
import lv.pietura.shared.Page;
import lv.pietura.shared.PageRequest;
import lv.pietura.shared.PagedQuery;
import lv.pietura.shared.RegistrationNumber;

/** Institutions and, through them, their agreements. Package-private: pages reach data through facades. */
@ApplicationScoped
class InstitutionRepository {

    /** A real institution, not an institution's training sandbox (those are the sandbox administrators' business). */
    private static final String REAL = "i.trainingOf is null";

    @PersistenceContext
    EntityManager em;

    Institution get(long id) {
        return Optional.ofNullable(em.find(Institution.class, id)).orElseThrow(() -> new NotFound("institution", id));
    }

    Optional<Institution> withRegistrationNumber(RegistrationNumber number) {
        return em.createQuery("select i from Institution i where i.registrationNumber = :number", Institution.class)
                .setParameter("number", number.value())
                .getResultStream()
                .findFirst();
    }

    void store(Institution institution) {
        em.persist(institution);
    }

    Page<Institution> page(InstitutionFilter filter, PageRequest request) {
        return PagedQuery.of(em, Institution.class, "i", "Institution i")
                .where(REAL)
                .whereContains(
                        "(lower(i.name.lv) like :text escape '!' or lower(i.name.en) like :text escape '!'"
                                + " or i.registrationNumber like :text escape '!')",
                        "text",
                        filter.text())
                .where("i.kind = :kind", "kind", filter.kind())
                .sortable("name", "i.name.lv")
                .sortable("registrationNumber", "i.registrationNumber")
                .sortable("kind", "i.kind")
                .orderBy("i.name.lv")
                .page(request);
    }

    /** The real institutions (no training sandbox), by name. */
    List<Institution> all() {
        return em.createQuery("select i from Institution i where " + REAL + " order by i.name.lv", Institution.class)
                .getResultList();
    }

    /** Every institution, the training sandboxes too, by name: for the audit trail, where their work shows. */
    List<Institution> withSandboxes() {
        return em.createQuery("select i from Institution i order by i.name.lv", Institution.class)
                .getResultList();
    }

    List<Institution> ofKind(InstitutionKind kind) {
        return em.createQuery(
                        "select i from Institution i where i.kind = :kind and " + REAL + " order by i.name.lv",
                        Institution.class)
                .setParameter("kind", kind)
                .getResultList();
    }

    Page<Agreement> agreements(AgreementFilter filter, LocalDate today, PageRequest request) {
        PagedQuery<Agreement> query = PagedQuery.of(em, Agreement.class, "a", "Agreement a join a.institution i")
                .fetch("join fetch a.institution")
                .where(REAL)
                .where("i.id = :institution", "institution", filter.institutionId())
                .sortable("institution", "i.name.lv")
                .sortable("number", "a.number")
                .sortable("validFrom", "a.validFrom")
                .sortable("validTo", "a.validTo")
                .orderBy("a.validTo desc nulls first, i.name.lv");
        if (filter.status() != null) {
            query.where(
                            switch (filter.status()) {
                                case FUTURE -> "a.validFrom > :today";
                                case ENDED -> "a.validTo < :today";
                                case EXPIRING ->
                                    "a.validFrom <= :today and a.validTo >= :today and a.validTo <= :warnUntil";
                                case VALID -> "a.validFrom <= :today and (a.validTo is null or a.validTo > :warnUntil)";
                            })
                    .parameter("today", today);
            if (filter.status() == AgreementStatus.EXPIRING || filter.status() == AgreementStatus.VALID) {
                query.parameter("warnUntil", today.plusDays(AgreementStatus.EXPIRY_WARNING_DAYS));
            }
        }
        return query.page(request);
    }

    long countWithoutValidAgreement(LocalDate today) {
        return em.createQuery(
                        "select count(i) from Institution i where " + REAL
                                + " and not exists (select a from Agreement a"
                                + " where a.institution = i and a.validFrom <= :today and (a.validTo is null or a.validTo >= :today))",
                        Long.class)
                .setParameter("today", today)
                .getSingleResult();
    }
}
