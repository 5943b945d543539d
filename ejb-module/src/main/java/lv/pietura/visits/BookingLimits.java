package lv.pietura.visits;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What keeps the public booking pages from being booked full by a script: at most so many upcoming visits per e-mail
 * address, and at most so many bookings per hour from one network address (configuration, with the defaults here).
 */
@ApplicationScoped
public class BookingLimits {

    @Inject
    @ConfigProperty(name = "pietura.booking.per-email", defaultValue = "3")
    int perEmail;

    @Inject
    @ConfigProperty(name = "pietura.booking.per-address-hour", defaultValue = "20")
    int perAddressHour;

    public int perEmail() {
        return perEmail;
    }

    public int perAddressHour() {
        return perAddressHour;
    }
}
