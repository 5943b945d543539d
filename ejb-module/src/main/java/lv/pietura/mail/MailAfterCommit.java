package lv.pietura.visits;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import lv.pietura.mail.Mailer;

/**
 * Mails the client once a booking, its move or its cancellation is committed (never for one rolled back), on a
 * managed thread of its own: the client's page does not wait for the mail server. The page has shown the same link
 * already, so a mail server that does not answer loses the client nothing; it is logged.
 */
@ApplicationScoped
public class BookingMail {

    private static final Logger LOG = Logger.getLogger(BookingMail.class.getName());

    /** A mail of the bundle's {@code key} to {@code to}, its arguments as the mail bundle numbers them. */
    public record Mailed(String to, String key, Object[] arguments) {}

    @Inject
    Mailer mailer;

    @Resource
    ManagedExecutorService executor;

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) Mailed mail) {
        executor.execute(() -> deliver(mail));
    }

    private void deliver(Mailed mail) {
        try {
            mailer.send(mail.to(), mail.key(), mail.arguments());
        } catch (RuntimeException e) { // Mailer.NotSent, or a refused address
            LOG.log(Level.WARNING, "The booking mail " + mail.key() + " was not sent: " + e.getMessage());
        }
    }
}
