package lv.pietura.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lv.pietura.audit.Actor;
import lv.pietura.audit.AuditAction;
import lv.pietura.audit.AuditLog;
import lv.pietura.cases.CaseEvent;
import lv.pietura.cases.ServiceCase;
import lv.pietura.eaddress.Message;
import lv.pietura.files.FileRef;
import lv.pietura.files.FileStore;
import lv.pietura.organisation.RetentionPolicy;
import lv.pietura.shared.Clocks;
import lv.pietura.shared.DocumentTexts;
import lv.pietura.shared.LatvianDates;

/**
 * The work of the retention job, each unit in a transaction of its own (a failure loses that unit only): which
 * closed cases are past their retention period (the service's, else the institution's, else the platform's), the
 * erasure of one, and the removal of one file nothing refers to. The case rows stay with what the figures are made
 * of; the audit trail stays whole, and records each erasure.
 */
@ApplicationScoped
public class Retention {

    /** An upload not yet part of any record is kept this long (a form being filled in holds its files so). */
    static final Duration UNCLAIMED_UPLOADS_KEPT = Duration.ofDays(1);

    private static final String PERIOD = "coalesce(s.retentionYears, i.retentionYears, :platformYears)";

    @PersistenceContext
    EntityManager em;

    @Inject
    RetentionPolicy policy;

    @Inject
    FileStore files;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** What erasing one case did. */
    record Erased(boolean done, int documents, int messages) {}

    LocalDate today() {
        return LocalDate.now(clock.withZone(Clocks.RIGA));
    }

    /** The closed cases past their retention period on {@code today}, not held and not yet erased. */
    @Transactional
    List<Long> due(LocalDate today) {
        List<Long> due = new ArrayList<>();
        for (Integer years : periods()) {
            due.addAll(em.createQuery(
                            "select c.id from ServiceCase c join c.service s join c.handlingInstitution i"
                                    + " where c.closedOn < :before and c.erasedOn is null and c.legalHold is null"
                                    + " and " + PERIOD + " = :years order by c.id",
                            Long.class)
                    .setParameter("before", today.minusYears(years))
                    .setParameter("years", years)
                    .setParameter("platformYears", policy.defaultYears())
                    .getResultList());
        }
        return due;
    }

    /** The closed cases past their period that a legal hold keeps. */
    @Transactional
    int held(LocalDate today) {
        int held = 0;
        for (Integer years : periods()) {
            held += em.createQuery(
                            "select count(c) from ServiceCase c join c.service s join c.handlingInstitution i"
                                    + " where c.closedOn < :before and c.erasedOn is null and c.legalHold is not null"
                                    + " and " + PERIOD + " = :years",
                            Long.class)
                    .setParameter("before", today.minusYears(years))
                    .setParameter("years", years)
                    .setParameter("platformYears", policy.defaultYears())
                    .getSingleResult()
                    .intValue();
        }
        return held;
    }

    /** The periods in use: few (whole years), so the cases are found with one query for each. */
    private List<Integer> periods() {
        return em.createQuery("select distinct " + PERIOD + " from Service s join s.holder i", Integer.class)
                .setParameter("platformYears", policy.defaultYears())
                .getResultList();
    }

    /**
     * Erases one case's personal data and its messages' content, if it is still due (a hold placed since, or another
     * node's run, leave it); audited.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Erased erase(long caseId, LocalDate today) {
        ServiceCase c = em.find(ServiceCase.class, caseId);
        Integer own = c.service().retentionYears();
        Integer institution = c.handlingInstitution().retentionYears();
        int years = own != null ? own : institution != null ? institution : policy.defaultYears();
        if (!c.dueForErasure(today, years)) {
            return new Erased(false, 0, 0);
        }
        List<FileRef> documents = c.erasePersonalData(today, years);
        String notice = DocumentTexts.latvian("message.erased", LatvianDates.DATE.format(today));
        List<Message> messages = em.createQuery("select m from Message m where m.caseId = :c", Message.class)
                .setParameter("c", caseId)
                .getResultList();
        messages.forEach(m -> m.eraseContent(notice));
        audit.record(
                new Actor(CaseEvent.SYSTEM, null),
                AuditAction.DELETE,
                "ServiceCase",
                caseId,
                c.handlingInstitution().id(),
                "personal data erased: retention " + years + " years after " + c.closedOn() + "; " + documents.size()
                        + " documents, " + messages.size() + " messages");
        return new Erased(true, documents.size(), messages.size());
    }

    /** The stored files no record holds (case documents, message files, form templates, reports), nor a new upload. */
    @Transactional
    @SuppressWarnings("unchecked")
    List<String> unreferencedFiles() {
        return em.createNativeQuery("select f.sha256 from stored_file f"
                        + " where not exists (select 1 from case_document d where d.sha256 = f.sha256)"
                        + " and not exists (select 1 from eaddress_message_file m where m.sha256 = f.sha256)"
                        + " and not exists (select 1 from support_request_file s where s.sha256 = f.sha256)"
                        + " and not exists (select 1 from kpi_report r"
                        + "     where r.csv_sha256 = f.sha256 or r.xlsx_sha256 = f.sha256)"
                        + " and not exists (select 1 from service_version_document t"
                        + "     join file_handle th on th.id = t.template_file_id where th.sha256 = f.sha256)"
                        + " and not exists (select 1 from file_handle h"
                        + "     where h.sha256 = f.sha256 and h.created_at > ?1)"
                        + " order by f.sha256")
                .setParameter(1, clock.instant().minus(UNCLAIMED_UPLOADS_KEPT))
                .getResultList();
    }

    /** Removes one of them (its bytes once the removal commits); the bytes freed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    long remove(String sha256) {
        return files.forget(sha256);
    }
}
