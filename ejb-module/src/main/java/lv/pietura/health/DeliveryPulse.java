package lv.pietura.health;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the delivery worker tells operators: the meters {@code pietura_messages_sent_total} (deliveries
 * placed in the addressee's mailbox), {@code pietura_messages_failed_total} (deliveries given up after
 * the last attempt) and {@code pietura_delivery_queue} (deliveries waiting for the worker, retries
 * included, as counted at the end of its last run; published from the worker's first run, within
 * 10 seconds of deployment), and whether it is alive: its timer fired within
 * {@link #SILENCE} (a stuck timer service would leave every message undelivered), which
 * {@link DeliveryWorkerLiveness} reports.
 */
@ApplicationScoped
public class DeliveryPulse {

    /** The worker fires every 10 seconds; this long without a run means it stopped. */
    static final Duration SILENCE = Duration.ofMinutes(2);

    private static final String QUEUE = "pietura.delivery.queue";

    @Inject
    MeterRegistry registry;

    private final Clock clock = Clock.systemUTC();

    private final AtomicLong queue = new AtomicLong();
    private volatile Instant lastFired;
    private Instant started;
    private Counter sent;
    private Counter failed;

    @PostConstruct
    void register() {
        started = clock.instant();
        // the registry's own methods (see CaseMeters); this bean holds the gauge's number for the registry
        sent = registry.counter("pietura.messages.sent");
        failed = registry.counter("pietura.messages.failed");
        registry.gauge(QUEUE, Tags.empty(), queue, AtomicLong::get);
    }

    @PreDestroy
    void unregister() {
        // the meters outlive the deployment: a redeployed application must find no gauge of the old one
        Gauge gauge = registry.find(QUEUE).gauge();
        if (gauge != null) {
            registry.remove(gauge);
        }
    }

    public void delivered() {
        sent.increment();
    }

    public void gaveUp() {
        failed.increment();
    }

    /** The worker's timer fired (whether or not the previous run still goes on). */
    public void fired() {
        lastFired = clock.instant();
    }

    /** A run ended with {@code waiting} deliveries still waiting. */
    public void ran(long waiting) {
        queue.set(waiting);
    }

    /** Whether the worker's timer fired lately (or the application started lately). */
    public boolean alive() {
        Instant since = lastFired == null ? started : lastFired;
        return Duration.between(since, clock.instant()).compareTo(SILENCE) <= 0;
    }

    /** Deliveries waiting for the worker, as its last run counted them. */
    public long waiting() {
        return queue.get();
    }

    /** When the worker's timer last fired, if it has since the application started. */
    public Optional<Instant> lastFired() {
        return Optional.ofNullable(lastFired);
    }
}
