package lv.pietura.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The one clock of the application. Dates of legal meaning (agreement validity, deadlines, the day a
 * document is deemed delivered) are days in Latvia, whatever zone the server runs in.
 */
@ApplicationScoped
public class Clocks {

    public static final ZoneId RIGA = ZoneId.of("Europe/Riga");

    @Produces
    Clock clock() {
        return Clock.system(RIGA);
    }
}
