package lv.pietura.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import lv.pietura.it.support.PersonalCodes;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * The one-stop shop as its users meet it: a client consultant in Ādaži registers a client's old-age
 * pension application with scans; a specialist of the State Social Insurance Agency takes it and completes
 * it with a decision; back in Ādaži the consultant sees the result in the client's history and hands the
 * client a rating link, which the client uses. In order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CasesJourneyIT extends BrowserJourney {

    private static final String CLIENT = PersonalCodes.born("120360", 555);
    private static final String WRONG_CHECK_DIGIT =
            CLIENT.substring(0, 11) + (char) ('0' + (CLIENT.charAt(11) - '0' + 1) % 10);
    private static String casePath;
    private static String number;

    @Test
    @Order(1)
    void aClerkRegistersAnApplicationWithAttachmentsAndIsToldWhatIsMissingFirst() {
        Pages pages = pages();
        browser.forgetSession();
        pages.signIn("adazi.clerk", DEMO_PASSWORD);
        pages.click("menuForm:registerCase");
        assertThat(pages.heading()).isEqualTo("Reģistrēt lietu");

        pages.type("registerForm:clientCode", WRONG_CHECK_DIGIT);
        pages.type("registerForm:clientName", "Valdis Ozoliņš");
        pages.type("registerForm:clientEmail", "valdis.ozolins@example.lv");
        pages.type("registerForm:serviceText", "vecuma pensija");
        pages.click("registerForm:searchServices");
        pages.click("registerForm:services:0:choose");
        assertThat(pages.text("chosenServiceName")).isEqualTo("Vecuma pensijas piešķiršana");
        pages.tick("registerForm:type", "Pieteikums");
        browser.ajaxDone();

        pages.type("registerForm:intakeFields:0:value", "01.03.2027");
        pages.choose("registerForm:intakeFields:2:choice", "Uz bankas kontu");
        pages.upload("registerForm:file_input", "iesniegums.pdf", Pages.pdf("iesniegums.pdf"));
        browser.waiting()
                .ignoring(StaleElementReferenceException.class)
                .until(d ->
                        pages.rows("registerForm:attachments").stream().anyMatch(r -> r.contains("iesniegums.pdf")));
        pages.upload(
                "registerForm:file_input",
                "programma.pdf",
                "MZ this is not a PDF at all".getBytes(StandardCharsets.US_ASCII));
        browser.waiting()
                .ignoring(StaleElementReferenceException.class)
                .until(d -> pages.messages().contains("programma.pdf"));
        assertThat(pages.rows("registerForm:attachments")).noneMatch(r -> r.contains("programma.pdf"));

        pages.click("registerForm:register");
        assertThat(pages.messages())
                .contains("kontrolcipars nesakrīt", "Aizpildiet lauku „Bankas konta numurs (IBAN)”");
        assertThat(pages.path()).startsWith("cases/register");

        pages.type("registerForm:clientCode", CLIENT);
        pages.type("registerForm:intakeFields:1:value", "LV80BANK0000435195001");
        pages.click("registerForm:register");
        browser.waiting().until(d -> pages.path().startsWith("cases/case"));
        casePath = pages.path();
        number = pages.heading().replace("Lieta ", "");
        assertThat(pages.messages()).contains("Lieta " + number + " reģistrēta");
        assertThat(pages.text("caseForm:state")).isEqualTo("Jauna");
        assertThat(pages.text("handlingInstitution")).isEqualTo("Valsts sociālās apdrošināšanas aģentūra");
        assertThat(pages.rows("documentsForm:documents")).anyMatch(r -> r.contains("iesniegums.pdf"));
        pages.assertNoStackTrace();
    }

    @Test
    @Order(2)
    void aSpecialistOfTheHolderFindsItTakesItAndCompletesItWithADecision() {
        Pages pages = pages();
        pages.signOut();
        pages.signIn("vsaa.specialist", DEMO_PASSWORD);
        pages.click("menuForm:caseList");
        assertThat(pages.heading()).isEqualTo("Darba saraksti");
        pages.type("searchForm:text", number);
        pages.click("searchForm:search");
        browser.waiting()
                .ignoring(StaleElementReferenceException.class)
                .until(d -> pages.rows("listForm:table").stream().anyMatch(r -> r.contains(number)));
        pages.driver().findElement(By.linkText(number)).click();
        browser.ajaxDone();
        assertThat(pages.path()).isEqualTo(casePath);

        pages.click("caseForm:take");
        assertThat(pages.messages()).contains("Lieta " + number + " ir jūsu darbā.");
        assertThat(pages.text("caseForm:state")).isEqualTo("Izskatīšanā");

        pages.completeCase("Pensija piešķirta", "Pensija piešķirta no 01.03.2027.", "lemums.pdf");
        assertThat(pages.messages()).contains("Lieta " + number + " pabeigta.");
        assertThat(pages.text("caseForm:state")).isEqualTo("Pabeigta");
        assertThat(pages.text("result")).isEqualTo("Pensija piešķirta");
        assertThat(pages.rows("documentsForm:documents"))
                .anyMatch(r -> r.contains("lemums.pdf") && r.contains("Rezultāts"));
        assertThat(pages.rows("events")).extracting(r -> r.split("\n")[0]).hasSize(3);
        assertThat(String.join("\n", pages.rows("events"))).contains("Reģistrēta", "Ņemta darbā", "Pabeigta");
    }

    @Test
    @Order(3)
    void theClerkSeesTheResultInTheClientsHistoryAndTheClientRatesTheService() {
        Pages pages = pages();
        pages.signOut();
        pages.signIn("adazi.clerk", DEMO_PASSWORD);
        pages.click("menuForm:clientHistory");
        pages.type("clientForm:clientCode", CLIENT);
        pages.click("clientForm:show");
        String row = pages.rows("history").stream()
                .filter(r -> r.contains(number))
                .findFirst()
                .orElseThrow();
        assertThat(row)
                .contains(
                        "Vecuma pensijas piešķiršana",
                        "Valsts sociālās apdrošināšanas aģentūra",
                        "Pabeigta",
                        "Pensija piešķirta");

        pages.driver().findElement(By.linkText(number)).click();
        browser.ajaxDone();
        pages.click("ratingForm:ratingLink");
        String link = pages.text("ratingLinkText");
        assertThat(link).contains("/rate?t=");

        pages.signOut();
        pages.driver().get(link);
        browser.ajaxDone();
        assertThat(pages.text("ratedService")).isEqualTo("Vecuma pensijas piešķiršana");
        pages.click("ratingForm:send");
        assertThat(pages.messages()).contains("Obligāts lauks.");
        java.util.List<WebElement> stars =
                pages.driver().findElements(By.cssSelector("[id='ratingForm:rating'] .ui-rating-star a"));
        stars.get(3).click();
        pages.type("ratingForm:comment", "Ātri un laipni.");
        pages.click("ratingForm:send");
        assertThat(pages.text("ratingForm:thanks")).contains("Paldies");
        pages.driver().get(link);
        browser.ajaxDone();
        assertThat(pages.text("ratingForm:unavailable")).contains("vairs nav derīga");
    }
}
