package lv.pietura.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import lv.pietura.shared.DocumentTexts;

/**
 * Sends plain-text mail written from the mail bundle, in Latvian followed by English (staff and clients
 * have no language of record). Sending is synchronous; a failure is reported to the caller, who decides
 * whether to try again later.
 */
@ApplicationScoped
public class Mailer {

    static final String BUNDLE = "lv.pietura.i18n.mail";
    private static final Locale LATVIAN = Locale.forLanguageTag("lv");

    @Resource(lookup = "java:jboss/mail/Pietura")
    Session session;

    /** Thrown when the mail server does not accept a message. */
    public static class NotSent extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotSent(String to, Exception cause) {
            super("Mail to " + to + " was not accepted: " + cause.getMessage(), cause);
        }
    }

    /**
     * Sends the message {@code key} (keys {@code key.subject} and {@code key.body} of the bundle).
     *
     * @throws NotSent when the mail server refuses it or cannot be reached
     */
    public void send(String to, String key, Object... arguments) {
        String subject = text(LATVIAN, key + ".subject", arguments);
        String body = text(LATVIAN, key + ".body", arguments) + "\n\n-- \n\n"
                + text(Locale.ENGLISH, key + ".body", arguments);
        try {
            MimeMessage message = new MimeMessage(session);
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            message.setText(body, StandardCharsets.UTF_8.name());
            Transport.send(message);
        } catch (MessagingException | RuntimeException e) {
            throw new NotSent(to, e);
        }
    }

    static String text(Locale locale, String key, Object... arguments) {
        return DocumentTexts.fill(BUNDLE, locale, key, arguments);
    }
}
