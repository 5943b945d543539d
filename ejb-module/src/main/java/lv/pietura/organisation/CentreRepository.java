package lv.pietura.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import lv.pietura.shared.NotFound;
import lv.pietura.shared.Page;
import lv.pietura.shared.PageRequest;
import lv.pietura.shared.PagedQuery;

@ApplicationScoped
class CentreRepository {

    @PersistenceContext
    EntityManager em;

    Centre get(long id) {
        return Optional.ofNullable(em.find(Centre.class, id)).orElseThrow(() -> new NotFound("centre", id));
    }

    void store(Centre centre) {
        em.persist(centre);
    }

    Page<Centre> page(CentreFilter filter, PageRequest request) {
        return PagedQuery.of(em, Centre.class, "c", "Centre c join c.municipality m")
                .fetch("join fetch c.municipality")
                .whereContains(
                        "(lower(c.name) like :text escape '!' or lower(c.address) like :text escape '!')",
                        "text",
                        filter.text())
                .where("m.id = :municipality", "municipality", filter.municipalityId())
                // a training sandbox's centres are listed only with their own institution's
                .where(filter.municipalityId() == null ? "m.trainingOf is null" : "1 = 1")
                .where("c.type = :type", "type", filter.type())
                .where("c.active = :active", "active", filter.active())
                .sortable("name", "c.name")
                .sortable("municipality", "m.name.lv")
                .sortable("type", "c.type")
                .orderBy("c.name")
                .page(request);
    }

    List<Centre> activeOf(long municipalityId) {
        return em.createQuery(
                        "select c from Centre c join fetch c.municipality where c.municipality.id = :municipality"
                                + " and c.active = true"
                                + " order by c.name",
                        Centre.class)
                .setParameter("municipality", municipalityId)
                .getResultList();
    }

    /** Open centres of a municipality by lower-case name (a projection: safe outside transactions). */
    Map<String, Long> activeIdsByName(long municipalityId) {
        return em.createQuery(
                        "select lower(c.name), c.id from Centre c where c.municipality.id = :municipality"
                                + " and c.active = true",
                        Object[].class)
                .setParameter("municipality", municipalityId)
                .getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1], (a, b) -> a));
    }

    boolean nameTaken(String name, Long exceptId) {
        return em.createQuery(
                                "select count(c) from Centre c where lower(c.name) = :name and c.id <> :except",
                                Long.class)
                        .setParameter("name", name.strip().toLowerCase())
                        .setParameter("except", exceptId == null ? -1L : exceptId)
                        .getSingleResult()
                > 0;
    }
}
