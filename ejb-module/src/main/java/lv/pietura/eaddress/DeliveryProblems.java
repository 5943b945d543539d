package lv.pietura.eaddress;

import static lv.pietura.shared.RoleNames.INSTITUTION_ADMIN;
import static lv.pietura.shared.RoleNames.PLATFORM_ADMIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import lv.pietura.audit.AuditAction;
import lv.pietura.audit.AuditLog;
import lv.pietura.organisation.Caller;
import lv.pietura.organisation.CallerContext;
import lv.pietura.organisation.TenantScope;
import lv.pietura.shared.NotFound;
import lv.pietura.shared.Page;
import lv.pietura.shared.PageRequest;
import lv.pietura.shared.PagedQuery;

/**
 * What the e-address gave up on, for administrators: messages of the institution that could not be
 * delivered after the last attempt and e-mail alerts of them that could not be sent, each with the reason,
 * and a way to try again once the cause is mended. An institution's administrator sees the institution's
 * own messages; a platform administrator sees every institution's.
 */
@Stateless
@RolesAllowed({INSTITUTION_ADMIN, PLATFORM_ADMIN})
public class DeliveryProblems {

    @Inject
    CallerContext callers;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /** A delivery or an alert given up. */
    public record Problem(
            long id,
            String messageId,
            String subject,
            String senderName,
            String sentBy,
            String recipientName,
            String recipientAddress,
            int attempts,
            String failure,
            Instant sentAt)
            implements Serializable {}

    public Page<Problem> failedDeliveries(PageRequest page) {
        TenantScope scope = callers.current().changeScope();
        return PagedQuery.of(em, Delivery.class, "d", "Delivery d join d.message m join m.sender s")
                .where("d.status = :failed", "failed", DeliveryStatus.FAILED)
                .where("s.institutionId = :institution", "institution", scope.institution())
                .sortable("at", "m.createdAt")
                .orderBy("m.createdAt desc, d.id desc")
                .page(page)
                .map(d -> new Problem(
                        d.id(),
                        d.message().id(),
                        d.message().subject(),
                        d.message().sender().name(),
                        d.message().sentBy(),
                        d.recipient().name(),
                        d.recipient().displayAddress(),
                        d.attempts(),
                        d.failure(),
                        d.message().createdAt()));
    }

    public Page<Problem> failedAlerts(PageRequest page) {
        TenantScope scope = callers.current().changeScope();
        return PagedQuery.of(em, InboxEntry.class, "e", "InboxEntry e join e.message m join m.sender s")
                .where("e.alertStatus = :failed", "failed", InboxEntry.AlertStatus.FAILED)
                .where("s.institutionId = :institution", "institution", scope.institution())
                .sortable("at", "m.createdAt")
                .orderBy("m.createdAt desc, e.id desc")
                .page(page)
                .map(e -> new Problem(
                        e.id(),
                        e.message().id(),
                        e.message().subject(),
                        e.message().sender().name(),
                        e.message().sentBy(),
                        e.account().name(),
                        e.account().displayAddress(),
                        e.alertAttempts(),
                        e.alertFailure(),
                        e.message().createdAt()));
    }

    /** Hands a given-up delivery to the worker again, with all its attempts. */
    public void retryDelivery(long deliveryId) {
        Caller caller = callers.current();
        Delivery delivery = em.find(Delivery.class, deliveryId);
        if (delivery == null
                || !caller.changeScope().includes(delivery.message().sender().institutionId())) {
            throw new NotFound("delivery", deliveryId);
        }
        if (delivery.retry(clock.instant())) {
            audit.record(
                    caller.actor(),
                    AuditAction.UPDATE,
                    "Message",
                    delivery.message().id(),
                    delivery.message().sender().institutionId(),
                    "delivery retried to " + delivery.recipient().displayAddress());
        }
    }

    /** Sends a given-up e-mail alert again. */
    public void retryAlert(long inboxEntryId) {
        Caller caller = callers.current();
        InboxEntry entry = em.find(InboxEntry.class, inboxEntryId);
        if (entry == null
                || !caller.changeScope().includes(entry.message().sender().institutionId())) {
            throw new NotFound("alert", inboxEntryId);
        }
        if (entry.retryAlert(clock.instant())) {
            audit.record(
                    caller.actor(),
                    AuditAction.UPDATE,
                    "Message",
                    entry.message().id(),
                    entry.message().sender().institutionId(),
                    "alert retried to " + entry.account().displayAddress());
        }
    }
}
