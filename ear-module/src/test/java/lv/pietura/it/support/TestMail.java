package lv.pietura.it.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * The SMTP server the test server mails to (GreenMail on 127.0.0.1:3025, as arquillian.xml tells the server). The test
 * server may mail something else to it while a test runs (an earlier class's e-address alert, tried again once an SMTP
 * server answers), so a test reads the mail it is about by whom or what it is for, never all of it.
 */
public final class TestMail {

    private static final Duration WAIT = Duration.ofSeconds(15);

    private final GreenMail server = new GreenMail(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    public static TestMail started() {
        TestMail mail = new TestMail();
        mail.server.start();
        return mail;
    }

    public void stop() {
        server.stop();
    }

    /** What arrived for {@code address}, in order. */
    public List<MimeMessage> to(String address) {
        return received(addressedTo(address));
    }

    /** What arrived that {@code which} picks, in order. */
    public List<MimeMessage> received(Predicate<MimeMessage> which) {
        return Arrays.stream(server.getReceivedMessages()).filter(which).toList();
    }

    /** What {@code which} picks once {@code count} of it has arrived, or what has after 15 s. */
    public List<MimeMessage> awaiting(Predicate<MimeMessage> which, int count) throws InterruptedException {
        long until = System.nanoTime() + WAIT.toNanos();
        List<MimeMessage> received = received(which);
        while (received.size() < count && System.nanoTime() < until) {
            Thread.sleep(50);
            received = received(which);
        }
        return received;
    }

    /** Mail whose subject holds {@code text}. */
    public static Predicate<MimeMessage> subjectWith(String text) {
        return message -> {
            try {
                return String.valueOf(message.getSubject()).contains(text);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /** Mail to {@code address}, among others or alone. */
    public static Predicate<MimeMessage> addressedTo(String address) {
        return message -> {
            try {
                return Arrays.stream(message.getAllRecipients())
                        .anyMatch(r -> r.toString().equals(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
