package lv.pietura.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;

/**
 * A person activates her own e-address and gets the result of a case registered for her at a centre there:
 * Jānis Kalns (demo, not activated) signs in, activates it, gives an e-mail address for alerts and confirms it by
 * the link mailed to it (once: the second use is refused); a consultant in Ādaži registers an application for
 * him, the municipality's specialist completes it with a certificate, and the result arrives in his mailbox with
 * an alert to the confirmed address. Then he switches alerts off and deactivates, and nobody can write to him.
 * In order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HolderActivationJourneyIT extends BrowserJourney {

    private static final String JANIS = "150585-13418";
    private static final String ALERTS = "janis.kalns@example.lv";
    private static final Pattern LINK = Pattern.compile("https?://\\S+?/pietura/(my/confirm\\?token=\\S+)");

    private static GreenMail mail;
    private static String confirmation;
    private static String number;

    @BeforeAll
    static void anSmtpServer() {
        mail = new GreenMail(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
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
        assertThat(mailTo(ALERTS)).isEmpty();

        pages.type("alertsForm:alertEmail", ALERTS);
        pages.submit("alertsForm:requestAlerts");
        assertThat(pages.messages()).contains("Apstiprinājuma saite nosūtīta uz " + ALERTS);
        assertThat(pages.text("alertsPending")).contains(ALERTS);
        assertThat(pages.text("alertsTo")).as("not before the link is opened").isEqualTo("Paziņojumi izslēgti");

        browser.waiting().until(d -> mailTo(ALERTS).size() == 1);
        MimeMessage confirm = mailTo(ALERTS).get(0);
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
    void aConsultantRegistersAnApplicationForHimAndTheSpecialistCompletesIt() {
        Pages pages = pages();
        pages.signOut();
        pages.signIn("adazi.clerk", DEMO_PASSWORD);
        pages.click("menuForm:registerCase");
        pages.type("registerForm:clientCode", JANIS);
        pages.type("registerForm:clientName", "Jānis Kalns");
        pages.type("registerForm:serviceText", "deklarēto dzīvesvietu");
        pages.click("registerForm:searchServices");
        pages.click("registerForm:services:0:choose");
        assertThat(pages.text("chosenServiceName")).isEqualTo("Izziņa par deklarēto dzīvesvietu");
        pages.tick("registerForm:type", "Pieteikums");
        browser.ajaxDone();
        pages.type("registerForm:intakeFields:0:value", JANIS);
        pages.click("registerForm:register");
        browser.waiting().until(d -> pages.path().startsWith("cases/case"));
        number = pages.heading().replace("Lieta ", "");

        pages.signOut();
        pages.signIn("adazi.specialist", DEMO_PASSWORD);
        pages.click("menuForm:caseList");
        pages.type("searchForm:text", number);
        pages.click("searchForm:search");
        browser.waiting()
                .ignoring(StaleElementReferenceException.class)
                .until(d -> pages.rows("listForm:table").stream().anyMatch(r -> r.contains(number)));
        pages.driver().findElement(By.linkText(number)).click();
        browser.ajaxDone();
        pages.click("caseForm:take");
        pages.completeCase("Izziņa izsniegta", "Izziņa sagatavota.", "izzina.pdf");
        assertThat(pages.text("caseForm:state")).isEqualTo("Pabeigta");
    }

    @Test
    @Order(3)
    void theResultArrivesInHisMailboxWithAnAlertToTheConfirmedAddress() throws Exception {
        Pages pages = pages();
        pages.signOut();
        pages.signIn(JANIS, DEMO_PASSWORD);
        browser.waiting().until(d -> pages.path().startsWith("my/mailbox"));
        String subject = "Pakalpojuma rezultāts: Izziņa par deklarēto dzīvesvietu";
        browser.waiting().until(d -> {
            pages.open("my/mailbox");
            return pages.rows("listForm:table").stream().anyMatch(r -> r.contains(subject));
        });
        pages.driver().findElement(By.linkText(subject)).click();
        browser.ajaxDone();
        assertThat(pages.text("body")).contains("Lieta Nr. " + number, "Izziņa izsniegta", "Izziņa sagatavota.");
        assertThat(pages.rows("filesForm:files")).anyMatch(r -> r.contains("izzina.pdf"));

        browser.waiting()
                .withTimeout(Duration.ofSeconds(40))
                .until(d -> mailTo(ALERTS).size() == 2);
        assertThat(mailTo(ALERTS).get(1).getSubject()).as("the alert").isEqualTo("Jūsu e-adresē ir jauna ziņa");
    }

    /** The mail the server sent to {@code address} (the server's other mail, reminders and alerts, goes here too). */
    private static List<MimeMessage> mailTo(String address) {
        return Arrays.stream(mail.getReceivedMessages())
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

    @Test
    @Order(4)
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
