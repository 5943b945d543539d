package lv.pietura.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/** At most {@link #PER_HOUR} accessibility reports an hour on this server, from everyone together. */
@ApplicationScoped
class FeedbackQuota {

    static final int PER_HOUR = 30;

    private final Deque<Instant> taken = new ArrayDeque<>();

    @Inject
    Clock clock;

    synchronized boolean take() {
        Instant now = clock.instant();
        while (!taken.isEmpty() && taken.peekFirst().isBefore(now.minus(Duration.ofHours(1)))) {
            taken.pollFirst();
        }
        if (taken.size() >= PER_HOUR) {
            return false;
        }
        taken.addLast(now);
        return true;
    }
}
