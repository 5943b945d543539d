package lv.pietura.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Failed sign-ins per client address. Each attempt takes a place before its password is checked (so
 * parallel attempts count at once) and gives it back when it succeeds; a failure keeps its place for
 * {@code pietura.sign-in.throttle-seconds} (60). An address that holds {@code pietura.sign-in.throttle-failures}
 * (20) places is refused at once, without a password check, until its oldest place expires: nobody can make
 * the server derive passwords as fast as they can send requests. Kept in each server's memory (on a
 * cluster each node counts for itself); the lock of an account (the organisation's {@code StaffAccount}) is the
 * limit that holds across nodes.
 */
@ApplicationScoped
public class SignInThrottle {

    private static final int MAX_ADDRESSES = 100_000;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "pietura.sign-in.throttle-failures", defaultValue = "20")
    int limit;

    @Inject
    @ConfigProperty(name = "pietura.sign-in.throttle-seconds", defaultValue = "60")
    int seconds;

    private final Map<String, Deque<Instant>> places = new ConcurrentHashMap<>();

    /** An attempt in progress: it holds a place until it is known to have succeeded. */
    public interface Attempt {
        /** The credentials were right: the place is given back. */
        void succeeded();
    }

    /** Thrown instead of a password check while the address has too many failures. */
    public static final class TooManyAttempts extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final long retryAfterSeconds;

        TooManyAttempts(long retryAfterSeconds) {
            super(
                    "Too many failed sign-ins from this address; retry after " + retryAfterSeconds + " s",
                    null,
                    false,
                    false);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    /**
     * Takes a place for an attempt from {@code address}.
     *
     * @throws TooManyAttempts while the address holds all its places
     */
    public Attempt begin(String address) {
        String key = address == null ? "" : address;
        Instant now = clock.instant();
        Instant expired = now.minusSeconds(seconds);
        if (places.size() >= MAX_ADDRESSES) {
            places.keySet().forEach(k -> places.computeIfPresent(k, (x, held) -> purge(held, expired)));
        }
        Instant[] full = new Instant[1];
        places.compute(key, (k, held) -> {
            Deque<Instant> kept = held == null ? new ArrayDeque<>() : held;
            purge(kept, expired);
            if (kept.size() >= limit) {
                full[0] = kept.peekFirst();
            } else {
                kept.addLast(now);
            }
            return kept;
        });
        if (full[0] != null) {
            throw new TooManyAttempts(
                    Math.max(1, Duration.between(expired, full[0]).toSeconds() + 1));
        }
        return () -> places.computeIfPresent(key, (k, held) -> {
            held.removeLastOccurrence(now);
            return held.isEmpty() ? null : held;
        });
    }

    /** Drops the places older than {@code expired}; {@code null} (the address forgotten) when none is left. */
    private static Deque<Instant> purge(Deque<Instant> held, Instant expired) {
        while (!held.isEmpty() && !held.peekFirst().isAfter(expired)) {
            held.pollFirst();
        }
        return held.isEmpty() ? null : held;
    }
}
