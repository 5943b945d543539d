package lv.pietura.eaddress;

import static lv.pietura.shared.RoleNames.INSTITUTION_ADMIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import lv.pietura.audit.AuditAction;
import lv.pietura.audit.AuditLog;
import lv.pietura.organisation.CallerContext;
import lv.pietura.organisation.Institution;
import lv.pietura.shared.Page;
import lv.pietura.shared.PageRequest;
import lv.pietura.shared.PublicAddress;
import lv.pietura.shared.RuleViolation;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * An institution's administrator registers the webhook its document management system is told at when mail
 * arrives (an HTTPS address that is not Pietura's own; a new secret each time, shown once), removes it, and reads
 * the delivery log: every call with its status, attempts and the receiver's last answer. Audited.
 */
@Stateless
@RolesAllowed(INSTITUTION_ADMIN)
public class Webhooks {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    CallerContext callers;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    PublicAddress publicAddress;

    @Inject
    @ConfigProperty(name = "pietura.webhooks.private-addresses", defaultValue = "false")
    boolean privateAddresses;

    @PersistenceContext
    EntityManager em;

    /** The institution's webhook as its administrator reads it (the secret is never shown again). */
    public record WebhookView(String url, Instant registeredAt, String registeredBy) implements Serializable {}

    /** A call of the log. */
    public record CallView(
            long id,
            String messageId,
            String url,
            WebhookCall.Status status,
            int attempts,
            Instant createdAt,
            Instant nextAttemptAt,
            Instant deliveredAt,
            String lastAnswer)
            implements Serializable {}

    public Optional<WebhookView> mine() {
        return hook().map(h -> new WebhookView(h.url(), h.createdAt(), h.createdBy()));
    }

    /**
     * Registers (or replaces) the institution's webhook at {@code url}; the new secret, which signs every call from
     * now on and is not shown again.
     */
    public String register(String url) {
        if (em.find(Institution.class, callers.current().institutionId()).training()) {
            throw RuleViolation.ofField("url", "training.noWebhook"); // a sandbox's mail calls nobody outside Pietura
        }
        String clean = WebhookAddress.check(url, URI.create(publicAddress.base()), privateAddresses);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = HexFormat.of().formatHex(bytes);
        var caller = callers.current();
        Optional<Webhook> existing = hook();
        if (existing.isPresent()) {
            existing.get().replace(clean, secret, caller.username(), clock.instant());
        } else {
            em.persist(new Webhook(caller.institutionId(), clean, secret, caller.username(), clock.instant()));
        }
        audit.record(
                caller.actor(),
                existing.isPresent() ? AuditAction.UPDATE : AuditAction.CREATE,
                "Webhook",
                caller.institutionId(),
                caller.institutionId(),
                clean);
        return secret;
    }

    /** No more calls; those not made yet are given up. */
    public void remove() {
        Webhook hook = hook().orElseThrow(() -> new RuleViolation("webhook.none"));
        var caller = callers.current();
        em.remove(hook);
        audit.record(
                caller.actor(),
                AuditAction.DELETE,
                "Webhook",
                caller.institutionId(),
                caller.institutionId(),
                hook.url());
    }

    /** The institution's calls, newest first. */
    public Page<CallView> calls(PageRequest page) {
        long institution = callers.current().institutionId();
        long total = em.createQuery("select count(c) from WebhookCall c where c.institutionId = :i", Long.class)
                .setParameter("i", institution)
                .getSingleResult();
        var rows = em.createQuery(
                        "select c from WebhookCall c where c.institutionId = :i order by c.createdAt desc, c.id desc",
                        WebhookCall.class)
                .setParameter("i", institution)
                .setFirstResult(page.first())
                .setMaxResults(page.size())
                .getResultStream()
                .map(c -> new CallView(
                        c.id(),
                        c.messageId(),
                        c.url(),
                        c.status(),
                        c.attempts(),
                        c.createdAt(),
                        c.nextAttemptAt(),
                        c.deliveredAt(),
                        c.lastAnswer()))
                .toList();
        return new Page<>(rows, total);
    }

    private Optional<Webhook> hook() {
        return Webhook.of(em, callers.current().institutionId());
    }
}
