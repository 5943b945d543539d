package lv.pietura.eaddress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The webhook calls' records, each step in a transaction of its own (the HTTP call is made between them). */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class WebhookLedger {

    /** While a node makes a call, the others leave it alone this long. */
    private static final Duration LEASE = Duration.ofMinutes(1);

    /** A call about to be made. */
    record Prepared(long id, String url, String secret, String messageId, Instant arrivedAt) {}

    @PersistenceContext(unitName = "pietura")
    EntityManager em;

    /** The wait after a call's first failure (the tests' server: 2 s). */
    @Inject
    @ConfigProperty(name = "pietura.webhooks.first-wait", defaultValue = "10")
    int firstWaitSeconds;

    private Duration firstWait() {
        return Duration.ofSeconds(Math.max(1, firstWaitSeconds));
    }

    List<Long> due(Instant now, int max) {
        return em.createQuery(
                        "select c.id from WebhookCall c where c.status = :pending and c.nextAttemptAt <= :now"
                                + " order by c.nextAttemptAt, c.id",
                        Long.class)
                .setParameter("pending", WebhookCall.Status.PENDING)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * The call, leased to this node; empty when it is no longer due, or its institution has no webhook any more
     * (then it is given up). When another node leased it meanwhile, the commit fails.
     */
    Optional<Prepared> prepare(long id, Instant now) {
        WebhookCall call = em.find(WebhookCall.class, id);
        if (call == null
                || call.status() != WebhookCall.Status.PENDING
                || call.nextAttemptAt() == null
                || call.nextAttemptAt().isAfter(now)) {
            return Optional.empty();
        }
        Optional<Webhook> hook = Webhook.of(em, call.institutionId());
        if (hook.isEmpty()) {
            call.givenUp("the webhook was removed");
            return Optional.empty();
        }
        call.leased(now.plus(LEASE)); // a node that leased it at the same time fails its commit on the version
        return Optional.of(new Prepared(id, hook.get().url(), hook.get().secret(), call.messageId(), call.createdAt()));
    }

    void answered(long id, int status, Instant at) {
        WebhookCall call = em.find(WebhookCall.class, id);
        if (call != null) {
            call.answered(status, at, firstWait());
        }
    }

    void failed(long id, String why, Instant at) {
        WebhookCall call = em.find(WebhookCall.class, id);
        if (call != null) {
            call.failed(why, at, firstWait());
        }
    }
}
