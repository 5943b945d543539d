package lv.pietura.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.function.Predicate;
import lv.pietura.it.support.TestMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The accessibility statement the rules for public bodies' websites ask for: public, linked from every page,
 * in both languages, with a form whose report reaches the platform's administrators by e-mail.
 */
class AccessibilityStatementIT extends BrowserJourney {

    private static final Predicate<MimeMessage> REPORT = TestMail.subjectWith("ziņojums par piekļūstamības problēmu");

    private TestMail mail;

    @BeforeEach
    void anSmtpServer() {
        mail = TestMail.started();
    }

    @AfterEach
    void stopped() {
        mail.stop();
    }

    @Test
    void everyPageLinksTheStatementWhichAVisitorReadsInBothLanguages() {
        Pages pages = pages();
        browser.forgetSession();
        pages.open("catalogue");
        pages.click("accessibilityStatement");
        browser.waiting().until(d -> pages.path().startsWith("accessibility"));
        assertThat(pages.heading()).isEqualTo("Piekļūstamības paziņojums");
        assertThat(pages.text("statement")).contains("WCAG", "Daļēji atbilst", "Valsts digitālās attīstības aģentūr");
        assertThat(pages.text("assessed")).contains("04.12.2026");
        pages.switchLanguage("en");
        assertThat(pages.heading()).isEqualTo("Accessibility statement");
        assertThat(pages.text("statement")).contains("Partially conformant");

        pages.signIn("adazi.clerk", DEMO_PASSWORD);
        assertThat(pages.present("accessibilityStatement"))
                .as("the staff pages link it too")
                .isTrue();
    }

    @Test
    void aReportOfABarrierReachesThePlatformAdministratorsByMail() throws Exception {
        Pages pages = pages();
        browser.forgetSession();
        pages.open("accessibility");
        pages.click("reportForm:send");
        assertThat(pages.messages()).as("nothing described").isNotBlank();
        assertThat(mail.received(REPORT)).isEmpty();

        pages.type("reportForm:problem", "Lietas lapā dialogs neaizveras ar Escape");
        pages.type("reportForm:contact", "nav-epasts");
        pages.click("reportForm:send");
        assertThat(pages.messages()).as("a wrong e-mail address").isNotBlank();
        assertThat(mail.received(REPORT)).isEmpty();

        pages.type("reportForm:page", "cases/case");
        pages.type("reportForm:contact", "ziņotājs@example.lv");
        pages.click("reportForm:send");
        browser.waiting().until(d -> pages.messages().contains("Paldies"));
        browser.waiting().until(d -> !mail.received(REPORT).isEmpty());
        MimeMessage report = mail.received(REPORT).get(0);
        assertThat(report.getRecipients(Message.RecipientType.TO))
                .as("a platform administrator")
                .isNotEmpty();
        assertThat((String) report.getContent())
                .contains("Lietas lapā dialogs neaizveras ar Escape", "cases/case", "ziņotājs@example.lv");
        assertThat(pages.text("reportForm:problem"))
                .as("the form is empty again")
                .isEmpty();
    }
}
