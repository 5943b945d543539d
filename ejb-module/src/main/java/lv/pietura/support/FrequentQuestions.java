package lv.pietura.support;

import static lv.pietura.shared.RoleNames.PLATFORM_ADMIN;
import static lv.pietura.shared.RoleNames.STAFF;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import lv.pietura.audit.AuditAction;
import lv.pietura.audit.AuditLog;
import lv.pietura.organisation.Caller;
import lv.pietura.organisation.CallerContext;
import lv.pietura.shared.NotFound;
import org.hibernate.jpa.HibernateHints;

/**
 * Frequently asked questions: published by the platform's administrators, usually from a request answered; read by
 * all staff, on their own page and in the help of the page each one is about.
 */
@Stateless
@RolesAllowed(PLATFORM_ADMIN)
public class FrequentQuestions {

    static final String ENTITY = "FaqEntry";

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** A question with its answer, and the page it is about (none: the list only). */
    public record Entry(long id, String page, FaqText question, FaqText answer, Instant publishedAt)
            implements Serializable {}

    /** Publishes a question and its answer, from a request ({@code requestId}) or none; audited. */
    public long publish(Long requestId, String page, FaqText question, FaqText answer) {
        Caller caller = callers.current();
        if (requestId != null && em.find(SupportRequest.class, requestId) == null) {
            throw new NotFound(SupportRequests.ENTITY, requestId);
        }
        FaqEntry entry = FaqEntry.published(page, question, answer, requestId, caller.username(), clock.instant());
        em.persist(entry);
        em.flush();
        audit.record(
                caller.actor(),
                AuditAction.PUBLISH,
                ENTITY,
                entry.id(),
                null,
                entry.question().lv());
        return entry.id();
    }

    /** Takes a question off the list and the help; audited. */
    public void withdraw(long id) {
        Caller caller = callers.current();
        FaqEntry entry = em.find(FaqEntry.class, id);
        if (entry == null) {
            throw new NotFound(ENTITY, id);
        }
        em.remove(entry);
        audit.record(
                caller.actor(),
                AuditAction.WITHDRAW,
                ENTITY,
                id,
                null,
                entry.question().lv());
    }

    /** Every question, the pages' in the order of the pages, the newest first within each. */
    @RolesAllowed(STAFF)
    public List<Entry> all() {
        return entries(em.createQuery(
                        "select f from FaqEntry f order by coalesce(f.page, ''), f.publishedAt desc", FaqEntry.class)
                .getResultList());
    }

    /**
     * The questions about one page (as its help names it: {@code cases/case}), the newest first. Every page a staff member
     * opens asks (its help shows them): the result is kept in the query cache until a question is published or withdrawn.
     */
    @RolesAllowed(STAFF)
    public List<Entry> about(String page) {
        return entries(em.createQuery(
                        "select f from FaqEntry f where f.page = :page order by f.publishedAt desc", FaqEntry.class)
                .setParameter("page", page)
                .setHint(HibernateHints.HINT_CACHEABLE, true) // every page's help asks; answered from memory
                .setMaxResults(10)
                .getResultList());
    }

    private static List<Entry> entries(List<FaqEntry> found) {
        return found.stream()
                .map(f -> new Entry(f.id(), f.page(), f.question(), f.answer(), f.publishedAt()))
                .toList();
    }
}
