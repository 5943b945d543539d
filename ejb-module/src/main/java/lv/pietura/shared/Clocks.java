package lv.pietura.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The one clock of the application. Dates of legal meaning (agreement validity, deadlines, the day a
 * document is deemed delivered) are days in Latvia, whatever zone the server runs in.
 * <p>
 * Tests of deadlines and timers need days to pass: on a server started with
 * {@code -Dpietura.clock.adjustable=true} (the test server, never production) {@link #travel} moves
 * the clock forward. Anywhere else it refuses.
 */
@ApplicationScoped
public class Clocks {

    public static final ZoneId RIGA = ZoneId.of("Europe/Riga");
    static final String ADJUSTABLE = "pietura.clock.adjustable";

    private final Offset clock = new Offset();

    @Produces
    Clock clock() {
        return clock;
    }

    /** Moves the application's time by {@code offset} from the real time (tests only). */
    public void travel(Duration offset) {
        if (!Boolean.getBoolean(ADJUSTABLE)) {
            throw new IllegalStateException(
                    "The clock can be moved only on a server started with -D" + ADJUSTABLE + "=true");
        }
        clock.offset = offset;
    }

    /** Back to the real time. */
    public void reset() {
        clock.offset = Duration.ZERO;
    }

    /** The system clock in Riga, shifted by an offset that is zero except in tests. */
    static final class Offset extends Clock implements Serializable {

        private static final long serialVersionUID = 1L;
        private volatile Duration offset = Duration.ZERO;

        @Override
        public ZoneId getZone() {
            return RIGA;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.offset(Clock.system(zone), offset);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }
    }
}
