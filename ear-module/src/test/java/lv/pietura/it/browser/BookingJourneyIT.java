package lv.pietura.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lv.pietura.it.support.PersonalCodes;
import lv.pietura.it.support.TestMail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A visit booked and turned into a case: a client, not signed in, books a visit at the Ādaži centre from the front
 * door (the centre, the service, a day, a free time, her name and e-mail), gets the confirmation with the link to
 * manage it, opens it and moves the visit to another day (mailed again); the Ādaži consultant finds the visit on that
 * day's list of bookings, registers the case from it (the client's name, contacts and the service filled in) and the
 * booking shows as attended with its case. Every page checked against WCAG 2.1 A/AA. In order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BookingJourneyIT extends BrowserJourney {

    private static final String EMAIL = "liga.pieraksta@example.lv";
    private static final Pattern LINK = Pattern.compile("https?://\\S+?/pietura/(booking\\?t=\\S+)");

    private static TestMail mail;
    private static String manage;
    private static String reference;
    private static String day;

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
    void aClientBooksAVisitWithoutSigningInAndGetsTheLinkByMail() throws Exception {
        Pages pages = pages();
        browser.forgetSession();
        pages.open("");
        pages.click("bookVisit");
        assertThat(pages.heading()).isEqualTo("Pieteikties apmeklējumam");
        pages.choose("bookForm:centreId", "Ādažu novada VPVKAC (Gaujas iela 33A, Ādaži, Ādažu novads, LV-2164)");
        pages.choose("bookForm:serviceCode", "Vecuma pensijas piešķiršana");
        chooseNth(pages, "bookForm:day", 2);
        browser.waiting().until(d -> pages.present("bookForm:start"));
        String time = firstTime(pages, "bookForm:start");
        pages.tick("bookForm:start", time);
        pages.type("bookForm:name", "Līga Pieraksta");
        pages.type("bookForm:email", "liga@nav-domena");
        pages.submit("bookForm:book");
        assertThat(pages.messages()).as("a localised refusal, nothing booked").contains("e-pasta adrese");
        assertThat(pages.present("bookedReference")).isFalse();
        assertThat(Axe.violations(pages.driver()))
                .as("the booking page with its errors, WCAG 2.1 A/AA")
                .isEmpty();

        pages.type("bookForm:email", EMAIL);
        pages.submit("bookForm:book");
        assertThat(pages.text("bookedNotice")).contains("Apmeklējums pieteikts");
        reference = pages.text("bookedReference");
        assertThat(reference).matches("B-[2-9A-Z]{7}");
        day = pages.text("bookedWhen").replaceAll("^\\S+, (\\d\\d\\.\\d\\d\\.\\d{4}), .*$", "$1");
        assertThat(pages.text("bookedWhen")).contains(time.substring(0, 5));
        assertThat(Axe.violations(pages.driver()))
                .as("the booking done, WCAG 2.1 A/AA")
                .isEmpty();

        browser.waiting().until(d -> mail.to(EMAIL).size() == 1);
        MimeMessage confirmation = mail.to(EMAIL).get(0);
        assertThat(confirmation.getSubject()).startsWith("Pieteikts apmeklējums " + reference);
        Matcher link = LINK.matcher(String.valueOf(confirmation.getContent()));
        assertThat(link.find()).as("the mail holds the link").isTrue();
        manage = link.group(1);
    }

    @Test
    @Order(2)
    void theClientMovesTheVisitThroughTheLink() {
        Pages pages = pages();
        pages.open(manage);
        assertThat(pages.text("reference")).isEqualTo(reference);
        assertThat(pages.text("status")).isEqualTo("Pieteikts");
        pages.click("bookingForm:move");
        chooseNth(pages, "bookingForm:day", 3);
        browser.waiting().until(d -> pages.present("bookingForm:start"));
        pages.tick("bookingForm:start", firstTime(pages, "bookingForm:start"));
        assertThat(Axe.violations(pages.driver()))
                .as("moving the visit, WCAG 2.1 A/AA")
                .isEmpty();
        pages.click("bookingForm:moveSave");
        assertThat(pages.messages()).contains("Apmeklējums pārcelts");
        day = pages.text("when").replaceAll("^\\S+, (\\d\\d\\.\\d\\d\\.\\d{4}), .*$", "$1");
        browser.waiting().until(d -> mail.to(EMAIL).size() == 2);
        pages.open("booking?t=not-a-token");
        assertThat(pages.text("bookingForm:unavailable")).contains("nav atrasts");
        pages.assertNoStackTrace();
    }

    @Test
    @Order(3)
    void theConsultantRegistersTheCaseFromTheBookingOnItsDay() {
        Pages pages = pages();
        pages.signIn("adazi.clerk", DEMO_PASSWORD);
        pages.click("menuForm:centreBookings");
        assertThat(pages.heading()).isEqualTo("Pieteiktie apmeklējumi");
        pages.date("dayForm:day", day);
        pages.click("dayForm:show");
        browser.waiting().until(d -> pages.rows("dayForm:bookings").stream().anyMatch(r -> r.contains(reference)));
        assertThat(Axe.violations(pages.driver()))
                .as("the centre's bookings, WCAG 2.1 A/AA")
                .isEmpty();
        List<String> rows = pages.rows("dayForm:bookings");
        int row = rows.indexOf(
                rows.stream().filter(r -> r.contains(reference)).findFirst().orElseThrow());
        pages.click("dayForm:bookings:" + row + ":registerFrom");
        browser.waiting().until(d -> pages.path().startsWith("cases/register"));
        assertThat(pages.text("registerForm:fromBooking")).contains(reference);
        assertThat(pages.element("registerForm:clientName").getAttribute("value"))
                .isEqualTo("Līga Pieraksta");
        assertThat(pages.text("chosenServiceName")).isEqualTo("Vecuma pensijas piešķiršana");
        pages.type("registerForm:clientCode", PersonalCodes.born("010170", 931));
        pages.tick("registerForm:type", "Pieteikums");
        browser.ajaxDone();
        pages.type("registerForm:intakeFields:0:value", "01.03.2027");
        pages.type("registerForm:intakeFields:1:value", "LV80BANK0000435195001");
        pages.choose("registerForm:intakeFields:2:choice", "Uz bankas kontu");
        pages.click("registerForm:register");
        browser.waiting().until(d -> pages.path().startsWith("cases/case"));
        String caseNumber = pages.heading().replace("Lieta ", "");

        pages.click("menuForm:centreBookings");
        pages.date("dayForm:day", day);
        pages.click("dayForm:show");
        assertThat(pages.rows("dayForm:bookings"))
                .filteredOn(r -> r.contains(reference))
                .singleElement()
                .asString()
                .contains("Līga Pieraksta", "Apmeklēts", "Lieta");
        assertThat(caseNumber).isNotBlank();
        pages.assertNoStackTrace();
    }

    /** Chooses the {@code n}-th option of a p:selectOneMenu (0 being "choose..."), and returns its label. */
    private static String chooseNth(Pages pages, String id, int n) {
        List<WebElement> options = pages.element(id + "_input").findElements(By.tagName("option"));
        assertThat(options).as("options of " + id).hasSizeGreaterThan(n);
        String label = options.get(n).getAttribute("textContent").strip();
        pages.choose(id, label);
        return label;
    }

    private static String firstTime(Pages pages, String id) {
        return pages.element(id).findElements(By.tagName("label")).get(0).getText();
    }
}
