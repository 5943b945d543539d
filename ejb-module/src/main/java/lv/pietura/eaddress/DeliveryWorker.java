package lv.pietura.eaddress;

import static lv.pietura.shared.RoleNames.PLATFORM_ADMIN;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import lv.pietura.health.DeliveryPulse;
import lv.pietura.mail.Mailer;
import lv.pietura.shared.OwnTransactions;
import lv.pietura.shared.PublicAddress;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivers what senders stored: every few seconds it takes the deliveries that are due, hands each to the
 * gateway in a transaction of its own, and records the outcome; a failure waits (30 s, doubling) and is
 * tried again, up to {@link Delivery#MAX_ATTEMPTS} times, then it is given up with the reason, for the
 * sender and the administrators to see. The gateway takes a message id to a recipient once, so a
 * delivery attempted twice (two nodes, a crash after handing over) makes no duplicate.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class.getName());
    private static final int BATCH = 500;
    /** After this long a run takes no further batch. */
    private static final java.time.Duration RUN_BUDGET = java.time.Duration.ofSeconds(30);

    /** What one run did. */
    public record Run(int delivered, int retrying, int failed) {}

    @Inject
    @Chosen
    EAddressGateway gateway;

    @Inject
    Clock clock;

    @Inject
    Mailer mailer;

    @Inject
    WebhookCalls webhooks;

    @Inject
    PublicAddress address;

    @Inject
    OwnTransactions transactions;

    @Inject
    DeliveryPulse pulse;

    @PersistenceContext
    EntityManager em;

    private final ReentrantLock running = new ReentrantLock();

    /** Seconds between runs (10 by default; the tests' server runs every 2 s, so nothing waits long for it). */
    @Inject
    @ConfigProperty(name = "pietura.delivery.interval", defaultValue = "10")
    int intervalSeconds;

    @Resource
    TimerService timers;

    /** A timer of this node's (not persistent: each node delivers, the gateway never delivers a message twice). */
    @PostConstruct
    void schedule() {
        long every = Math.max(1, intervalSeconds) * 1000L;
        timers.createIntervalTimer(every, every, new TimerConfig("Pietura e-address delivery", false));
    }

    @Timeout
    void onSchedule() {
        pulse.fired();
        Run run = deliver();
        if (run.failed() > 0 || run.retrying() > 0) {
            LOG.info(() -> "E-address delivery: " + run);
        }
    }

    /** Delivers what is due now (an operator after an outage; tests), and says what it did. */
    @RolesAllowed(PLATFORM_ADMIN)
    public Run deliverNow() {
        running.lock(); // after the scheduled run in progress, if any: what is due now is delivered on return
        try {
            return deliverDue();
        } finally {
            running.unlock();
        }
    }

    private Run deliver() {
        if (!running.tryLock()) {
            return new Run(0, 0, 0);
        }
        try {
            return deliverDue();
        } finally {
            running.unlock();
        }
    }

    private Run deliverDue() {
        int delivered = 0;
        int retrying = 0;
        int failed = 0;
        // A bulk message has one delivery per recipient: the run goes on, a batch at a time, until nothing
        // is due or its time is up (the next run goes on from there; a server shutting down waits for a run
        // to end, and 100 000 deliveries take minutes); what failed waits for its next attempt and is not
        // due again in this run.
        long ends = System.nanoTime() + RUN_BUDGET.toNanos();
        List<Long> due = due();
        while (!due.isEmpty()) {
            for (Long id : due) {
                DeliveryStatus outcome = attempt(id);
                if (outcome == DeliveryStatus.DELIVERED) {
                    delivered++;
                    pulse.delivered();
                } else if (outcome == DeliveryStatus.FAILED) {
                    failed++;
                    pulse.gaveUp();
                } else if (outcome == DeliveryStatus.CREATED) {
                    retrying++;
                }
            }
            due = due.size() < BATCH || System.nanoTime() - ends > 0 ? List.of() : due();
        }
        alert();
        webhooks.callDue();
        pulse.ran(transactions.run(
                () -> em.createQuery("select count(d) from Delivery d where d.status = :created", Long.class)
                        .setParameter("created", DeliveryStatus.CREATED)
                        .getSingleResult()));
        return new Run(delivered, retrying, failed);
    }

    private List<Long> due() {
        return transactions.run(() -> em.createQuery(
                        "select d.id from Delivery d where d.status = :created"
                                + " and d.nextAttemptAt <= :now order by d.nextAttemptAt, d.id",
                        Long.class)
                .setParameter("created", DeliveryStatus.CREATED)
                .setParameter("now", clock.instant())
                .setMaxResults(BATCH)
                .getResultList());
    }

    /** One attempt in its own transaction; the status it left the delivery in ({@code null}: not attempted). */
    private DeliveryStatus attempt(long id) {
        try {
            return transactions.run(() -> {
                Delivery delivery = em.find(Delivery.class, id);
                if (delivery == null || !delivery.start()) {
                    return null;
                }
                Instant now = clock.instant();
                try {
                    gateway.send(outgoing(delivery));
                    delivery.delivered(now);
                } catch (EAddressGateway.NotDelivered refused) {
                    delivery.attemptFailed(refused.getMessage(), now);
                }
                em.flush();
                return delivery.status();
            });
        } catch (RuntimeException crash) {
            // The attempt's transaction is gone; unless another node delivered it meanwhile, count the attempt.
            LOG.log(Level.WARNING, "E-address delivery " + id + " failed", crash);
            return transactions.run(() -> {
                Delivery delivery = em.find(Delivery.class, id);
                if (delivery == null || !delivery.start()) {
                    return null;
                }
                delivery.attemptFailed(String.valueOf(crash.getMessage()), clock.instant());
                return delivery.status();
            });
        }
    }

    /**
     * Tells holders who gave an e-mail address that a message arrived (never what it says); a refused
     * mail is tried again like a delivery and, after the last attempt, stays FAILED with its reason.
     */
    private void alert() {
        List<Long> due = transactions.run(() -> em.createQuery(
                        "select e.id from InboxEntry e where e.alertStatus = :pending"
                                + " and e.alertNextAt <= :now order by e.alertNextAt, e.id",
                        Long.class)
                .setParameter("pending", InboxEntry.AlertStatus.PENDING)
                .setParameter("now", clock.instant())
                .setMaxResults(BATCH)
                .getResultList());
        for (Long id : due) {
            transactions.run(() -> {
                InboxEntry entry = em.find(InboxEntry.class, id);
                if (entry == null || entry.alertStatus() != InboxEntry.AlertStatus.PENDING) {
                    return null;
                }
                EAddressAccount holder = entry.account();
                if (holder.notifyEmail() == null || holder.training()) { // a sandbox's mail stays in Pietura
                    entry.alertDropped();
                    return null;
                }
                try {
                    mailer.send(
                            holder.notifyEmail(),
                            "eaddressAlert",
                            holder.displayAddress(),
                            entry.message().sender().name(),
                            address.base());
                    entry.alertSent();
                } catch (Mailer.NotSent refused) {
                    LOG.warning(() -> "E-address alert for inbox entry " + id + " not sent: " + refused.getMessage());
                    entry.alertFailed(refused.getMessage(), clock.instant());
                }
                return null;
            });
        }
    }

    private static EAddressGateway.Outgoing outgoing(Delivery delivery) {
        Message message = delivery.message();
        return new EAddressGateway.Outgoing(
                message.id(),
                message.sender().address(),
                delivery.recipient().address(),
                message.subject(),
                message.body(),
                message.files().stream().map(MessageFile::ref).toList());
    }
}
