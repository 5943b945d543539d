package lv.pietura.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lv.pietura.it.support.TestMail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;

/**
 * A person activates her own e-address and the case talks to him there: Jānis Kalns (demo, not activated) signs
 * in, activates it, gives an e-mail address for alerts and confirms it by the link mailed to it (once: the second
 * use is refused); a consultant in Ādaži registers a pension application for him; the agency's specialist asks him
 * for a document, which goes to his e-address; he answers from his mailbox with the document; the specialist sees
 * the answer on the case, resumes it and completes it; the result arrives in his mailbox, each arrival with an
 * alert to the confirmed address. Then he switches alerts off and deactivates, and nobody can write to him. In
 * order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HolderActivationJourneyIT extends BrowserJourney {

    private static final String JANIS = "150585-13418";
    private static final String ALERTS = "janis.kalns@example.lv";
    private static final Pattern LINK = Pattern.compile("https?://\\S+?/pietura/(my/confirm\\?token=\\S+)");

    private static TestMail mail;
    private static String confirmation;
    private static String number;

    @BeforeAll
    static void anSmtpServer() {
        mail = TestMail.started();
    }

    @AfterAll
    static void stopped() {
        mail.stop();
    }

    @Test
    @Order(1)
    void aPersonSignsInActivatesHerEAddressAndConfirmsAnAlertAddress() throws Exception {
        Pages pages = pages();
        browser.forgetSession();
        pages.signIn(JANIS, DEMO_PASSWORD);
        browser.waiting().until(d -> pages.path().startsWith("my/eaddress"));
        assertThat(pages.heading())
                .as("no mailbox before activation: the settings")
                .isEqualTo("E-adreses iestatījumi");
        assertThat(pages.text("state")).isEqualTo("Nav aktivizēta");
        assertThat(pages.present("alertsForm:alertEmail")).isFalse();

        pages.submit("activateForm:activate");
        assertThat(pages.messages()).contains("E-adrese aktivizēta");
        assertThat(pages.text("state")).matches("Aktivizēta kopš \\d\\d\\.\\d\\d\\.\\d{4} \\d\\d:\\d\\d:\\d\\d");

        pages.type("alertsForm:alertEmail", "nav-adrese");
        pages.submit("alertsForm:requestAlerts");
        assertThat(pages.text("alertsTo")).isEqualTo("Paziņojumi izslēgti");
        assertThat(mail.to(ALERTS)).isEmpty();

        pages.type("alertsForm:alertEmail", ALERTS);
        pages.submit("alertsForm:requestAlerts");
        assertThat(pages.messages()).contains("Apstiprinājuma saite nosūtīta uz " + ALERTS);
        assertThat(pages.text("alertsPending")).contains(ALERTS);
        assertThat(pages.text("alertsTo")).as("not before the link is opened").isEqualTo("Paziņojumi izslēgti");

        browser.waiting().until(d -> mail.to(ALERTS).size() == 1);
        MimeMessage confirm = mail.to(ALERTS).get(0);
        assertThat(confirm.getSubject()).isEqualTo("Apstipriniet e-pastu e-adreses paziņojumiem");
        Matcher link = LINK.matcher(String.valueOf(confirm.getContent()));
        assertThat(link.find()).as("the mail holds the link").isTrue();
        confirmation = link.group(1);

        pages.open(confirmation);
        assertThat(pages.messages()).contains("E-pasta adrese " + ALERTS + " apstiprināta");
        pages.click("toSettings");
        assertThat(pages.text("alertsTo")).isEqualTo(ALERTS);

        pages.open(confirmation);
        assertThat(pages.messages()).as("a link works once").contains("Šī apstiprinājuma saite nav derīga");
        pages.assertNoStackTrace();
    }

    @Test
    @Order(2)
    void aConsultantRegistersAnApplicationForHimAndTheAgencysSpecialistAsksHimForADocument() {
        Pages pages = pages();
        pages.signOut();
        pages.signIn("adazi.clerk", DEMO_PASSWORD);
        pages.click("menuForm:registerCase");
        pages.type("registerForm:clientCode", JANIS);
        pages.type("registerForm:clientName", "Jānis Kalns");
        pages.type("registerForm:serviceText", "vecuma pensija");
        pages.click("registerForm:searchServices");
        pages.click("registerForm:services:0:choose");
        assertThat(pages.text("chosenServiceName")).isEqualTo("Vecuma pensijas piešķiršana");
        pages.tick("registerForm:type", "Pieteikums");
        browser.ajaxDone();
        pages.type("registerForm:intakeFields:0:value", "01.03.2027");
        pages.type("registerForm:intakeFields:1:value", "LV80BANK0000435195001");
        pages.choose("registerForm:intakeFields:2:choice", "Uz bankas kontu");
        pages.upload("registerForm:file_input", "iesniegums.pdf", Pages.pdf("iesniegums.pdf"));
        browser.waiting()
                .ignoring(StaleElementReferenceException.class)
                .until(d ->
                        pages.rows("registerForm:attachments").stream().anyMatch(r -> r.contains("iesniegums.pdf")));
        pages.click("registerForm:register");
        browser.waiting().until(d -> pages.path().startsWith("cases/case"));
        number = pages.heading().replace("Lieta ", "");

        pages.signOut();
        pages.signIn("vsaa.specialist", DEMO_PASSWORD);
        pages.openCase(number);
        pages.click("caseForm:take");
        pages.click("caseForm:askClient");
        pages.dialogShown("askDialog");
        pages.type("askForm:reason", "Lūdzam iesniegt darba stāžu apliecinošus dokumentus.");
        pages.click("askForm:save");
        pages.dialogClosed("askDialog");
        assertThat(pages.messages()).contains("Pieprasījums nosūtīts uz klienta e-adresi");
        assertThat(pages.text("caseForm:state")).isEqualTo("Gaida klientu");
        assertThat(pages.rows("caseMessages"))
                .singleElement()
                .asString()
                .contains("Klientam: Jānis Kalns", "Lieta Nr. " + number + ": lūdzam papildināt");
    }

    @Test
    @Order(3)
    void heReadsTheRequestInHisMailboxAndAnswersWithTheDocument() {
        Pages pages = pages();
        pages.signOut();
        pages.signIn(JANIS, DEMO_PASSWORD);
        String subject = "Lieta Nr. " + number + ": lūdzam papildināt";
        browser.waiting().until(d -> {
            pages.open("my/mailbox");
            return pages.rows("listForm:table").stream().anyMatch(r -> r.contains(subject));
        });
        pages.driver().findElement(By.linkText(subject)).click();
        browser.ajaxDone();
        assertThat(pages.text("body")).contains("Lūdzam iesniegt darba stāžu apliecinošus dokumentus.");
        pages.click("replyForm:answerWithFiles");
        browser.waiting().until(d -> pages.path().startsWith("my/compose"));
        assertThat(pages.text("composeForm:chosenInstitution")).contains("Valsts sociālās apdrošināšanas aģentūra");
        assertThat(pages.present("composeForm:query"))
                .as("the answer goes where the request came from")
                .isFalse();
        pages.type("composeForm:body", "Pielikumā darba stāža izziņa.");
        pages.upload("composeForm:file_input", "stazs.pdf", Pages.pdf("stazs.pdf"));
        browser.waiting()
                .ignoring(StaleElementReferenceException.class)
                .until(d -> String.join(" ", pages.rows("composeForm:attached")).contains("stazs.pdf"));
        pages.click("composeForm:send");
        browser.waiting().until(d -> pages.path().startsWith("my/message"));
        assertThat(pages.heading()).isEqualTo("Re: " + subject);
    }

    @Test
    @Order(4)
    void theSpecialistSeesTheAnswerOnTheCaseResumesItAndCompletesIt() {
        Pages pages = pages();
        pages.signOut();
        pages.signIn("vsaa.specialist", DEMO_PASSWORD);
        browser.waiting().until(d -> {
            pages.openCase(number);
            return pages.rows("caseMessages").size() == 2;
        });
        assertThat(pages.rows("caseMessages").get(1)).contains("No klienta: Jānis Kalns", "stazs.pdf");
        assertThat(String.join("\n", pages.rows("events"))).contains("Klients atbildēja");
        assertThat(pages.text("caseForm:state"))
                .as("resuming is the specialist's choice")
                .isEqualTo("Gaida klientu");

        pages.click("caseForm:resume");
        pages.dialogShown("resumeDialog");
        pages.type("resumeForm:reason", "Dokumenti saņemti e-adresē.");
        pages.click("resumeForm:save");
        pages.dialogClosed("resumeDialog");
        assertThat(pages.text("caseForm:state")).isEqualTo("Izskatīšanā");
        pages.completeCase("Pensija piešķirta", "Pensija piešķirta no 01.03.2027.", "lemums.pdf");
        assertThat(pages.text("caseForm:state")).isEqualTo("Pabeigta");
        assertThat(pages.text("resultDelivery"))
                .as("the notice of Regulation 402: which channel, and when it counts as delivered")
                .containsPattern("Uzskatāms par paziņotu: \\d\\d\\.\\d\\d\\.\\d{4}");
    }

    @Test
    @Order(5)
    void theResultArrivesInHisMailboxWithAnAlertToTheConfirmedAddress() throws Exception {
        Pages pages = pages();
        pages.signOut();
        pages.signIn(JANIS, DEMO_PASSWORD);
        browser.waiting().until(d -> pages.path().startsWith("my/mailbox"));
        String subject = "Pakalpojuma rezultāts: Vecuma pensijas piešķiršana";
        browser.waiting().until(d -> {
            pages.open("my/mailbox");
            return pages.rows("listForm:table").stream().anyMatch(r -> r.contains(subject));
        });
        pages.driver().findElement(By.linkText(subject)).click();
        browser.ajaxDone();
        assertThat(pages.text("body")).contains("Lieta Nr. " + number, "Pensija piešķirta no 01.03.2027.");
        assertThat(pages.rows("filesForm:files")).anyMatch(r -> r.contains("lemums.pdf"));

        // the confirmation, then an alert for the request and one for the result
        browser.waiting()
                .withTimeout(Duration.ofSeconds(40))
                .until(d -> mail.to(ALERTS).size() == 3);
        assertThat(mail.to(ALERTS).subList(1, 3))
                .allSatisfy(m -> assertThat(m.getSubject()).isEqualTo("Jūsu e-adresē ir jauna ziņa"));
    }

    @Test
    @Order(6)
    void heSwitchesAlertsOffAndDeactivatesAndThenNobodyCanWriteToHim() {
        Pages pages = pages();
        pages.click("mySettings");
        pages.submit("alertsOffForm:alertsOff");
        assertThat(pages.messages()).contains("Paziņojumi e-pastā izslēgti.");
        assertThat(pages.text("alertsTo")).isEqualTo("Paziņojumi izslēgti");

        pages.click("deactivateForm:deactivate");
        pages.dialogShown("confirm");
        pages.submit("confirmYes");
        assertThat(pages.messages()).contains("E-adrese deaktivizēta.");
        assertThat(pages.text("state")).isEqualTo("Nav aktivizēta");
        pages.open("my/mailbox");
        assertThat(pages.path()).as("no mailbox without an activated e-address").startsWith("my/eaddress");

        pages.signOut();
        pages.signIn("adazi.clerk", DEMO_PASSWORD);
        pages.click("menuForm:composeMessage");
        pages.type("composeForm:query", JANIS);
        pages.click("composeForm:search");
        assertThat(pages.rows("composeForm:found"))
                .singleElement()
                .asString()
                .contains("Jānis Kalns", "E-adrese nav aktivizēta");
        assertThat(pages.element("composeForm:found:0:add").isEnabled())
                .as("at once for senders: he cannot be chosen")
                .isFalse();
        pages.assertNoStackTrace();
    }
}
