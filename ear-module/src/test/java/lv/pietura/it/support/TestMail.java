package lv.pietura.it.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

/** The SMTP server the test server mails to (GreenMail on 127.0.0.1:3025, as arquillian.xml tells the server). */
public final class TestMail {

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
        return Arrays.stream(server.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients())
                                .anyMatch(r -> r.toString().equals(address));
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }
}
