package lv.pietura.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Mails once the change that asks for it is committed (never for one rolled back), on a managed thread of its own: the
 * page does not wait for the mail server. For mail that only tells what the page has shown already (a booking made,
 * moved or cancelled; a support request answered), so a mail server that does not answer loses the reader nothing; it
 * is logged.
 */
@ApplicationScoped
public class MailAfterCommit {

    private static final Logger LOG = Logger.getLogger(MailAfterCommit.class.getName());

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
            LOG.log(Level.WARNING, "The mail " + mail.key() + " was not sent: " + e.getMessage());
        }
    }
}
