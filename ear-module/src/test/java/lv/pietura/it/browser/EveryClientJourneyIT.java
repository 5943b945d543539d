package lv.pietura.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/**
 * Every client who comes in is recorded: a client consultant in Ādaži answers a question about the property
 * tax for a client who does not give their name (an anonymous consultation, nothing that identifies them kept),
 * then registers an old-age pension application for a Lithuanian without a Latvian personal code, by their
 * passport, and finds them again by its number; the same client asks for a certificate whose fee they pay by bank
 * transfer, takes the receipt, and rates the visit on the kiosk screen right after it. In order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EveryClientJourneyIT extends BrowserJourney {

    @Test
    @Order(1)
    void aClerkAnswersAnAnonymousClientsQuestionAndNothingIdentifiesThem() {
        Pages pages = pages();
        browser.forgetSession();
        pages.signIn("adazi.clerk", DEMO_PASSWORD);
        pages.click("menuForm:registerCase");
        pages.tick("registerForm:clientKind", "Anonīms klients");
        browser.waiting().until(d -> pages.present("registerForm:anonymousNote"));
        assertThat(Axe.violations(pages.driver()))
                .as("an anonymous client, WCAG 2.1 A/AA")
                .isEmpty();
        assertThat(pages.present("registerForm:clientCode"))
                .as("no code to give")
                .isFalse();
        assertThat(pages.present("registerForm:clientName")).isFalse();

        pages.type("registerForm:serviceText", "nekustamā īpašuma nodokli");
        pages.click("registerForm:searchServices");
        pages.click("registerForm:services:0:choose");
        assertThat(pages.text("chosenServiceName")).isEqualTo("Konsultācija par nekustamā īpašuma nodokli");
        pages.tick("registerForm:type", "Pieteikums");
        browser.ajaxDone();
        pages.click("registerForm:register");
        assertThat(pages.messages()).contains("Anonīmu klientu var reģistrēt tikai konsultācijai");

        pages.tick("registerForm:type", "Konsultācija");
        browser.ajaxDone();
        pages.type("registerForm:intakeFields:1:value", "Kad jāmaksā nodokļa otrā daļa?");
        pages.check("registerForm:closeOnSpot");
        browser.ajaxDone();
        browser.waiting().until(d -> pages.present("registerForm:outcome"));
        pages.type("registerForm:outcome", "Otrā daļa jāmaksā līdz 15. augustam.");
        pages.click("registerForm:register");
        browser.waiting().until(d -> pages.path().startsWith("cases/case"));
        assertThat(pages.messages()).contains("reģistrēta un pabeigta uz vietas");
        assertThat(pages.text("anonymousClient")).contains("nekas, kas viņu identificē, nav reģistrēts");
        assertThat(pages.text("clientKind")).isEqualTo("Anonīms klients");
        assertThat(pages.present("clientName")).isFalse();
        assertThat(pages.present("clientHistory")).as("no history to look up").isFalse();
        pages.assertNoStackTrace();
    }

    @Test
    @Order(2)
    void aForeignClientIsRecordedByTheirPassportAndFoundAgainByItsNumber() throws Exception {
        Pages pages = pages();
        pages.click("menuForm:registerCase");
        pages.tick("registerForm:clientKind", "Ārvalstnieks bez Latvijas personas koda");
        browser.waiting().until(d -> pages.present("registerForm:clientCountry"));
        assertThat(pages.text("registerForm:clientFields")).contains("Dokumenta numurs");
        assertThat(Axe.violations(pages.driver()))
                .as("a foreign client's fields, WCAG 2.1 A/AA")
                .isEmpty();
        pages.type("registerForm:clientCode", "A-1");
        pages.type("registerForm:clientName", "Jonas Jonaitis");
        pages.date("registerForm:clientBirthDate", "14.03.2199");
        pages.type("registerForm:serviceText", "vecuma pensija");
        pages.click("registerForm:searchServices");
        pages.click("registerForm:services:0:choose");
        pages.tick("registerForm:type", "Pieteikums");
        browser.ajaxDone();
        pages.type("registerForm:intakeFields:0:value", "01.03.2027");
        pages.type("registerForm:intakeFields:1:value", "LV80BANK0000435195001");
        pages.choose("registerForm:intakeFields:2:choice", "Uz bankas kontu");
        pages.click("registerForm:register");
        assertThat(pages.messages())
                .contains(
                        "Dokumenta numurs „A-1” nav derīgs",
                        "Izvēlieties dokumenta izdevējvalsti",
                        "Dzimšanas datumam jābūt pagātnē");
        assertThat(pages.path()).startsWith("cases/register");

        pages.choose("registerForm:clientDocumentType", "Pase");
        pages.type("registerForm:clientCode", "lt 2345 6789");
        pages.choose("registerForm:clientCountry", "Lietuva");
        pages.date("registerForm:clientBirthDate", "14.03.1985");
        pages.click("registerForm:register");
        browser.waiting().until(d -> pages.path().startsWith("cases/case"));
        assertThat(pages.text("clientKind")).isEqualTo("Ārvalstnieks bez Latvijas personas koda");
        assertThat(pages.text("clientName")).isEqualTo("Jonas Jonaitis");
        assertThat(pages.text("clientCode")).isEqualTo("LT23456789");
        assertThat(pages.text("clientDocument")).isEqualTo("Pase, Lietuva");
        assertThat(pages.text("clientBirthDate")).isEqualTo("14.03.1985");

        // the application printed in the client's language to sign, and the signed scan kept on the case
        String number = pages.heading().replace("Lieta ", "");
        pages.click("documentsForm:printEn");
        Path printed = browser.downloaded("application-" + number + ".pdf");
        try (PDDocument pdf = Loader.loadPDF(printed.toFile())) {
            assertThat(new PDFTextStripper().getText(pdf))
                    .contains(
                            "Application",
                            "Granting of the old-age pension",
                            "Case no. " + number,
                            "Ādažu novada VPVKAC",
                            "Jonas Jonaitis",
                            "Passport LT23456789 (LT)",
                            "Date of birth 14.03.1985",
                            "LV80BANK0000435195001",
                            "Signature of the client (representative)");
        }
        pages.click("documentsForm:addDocuments");
        pages.dialogShown("addDocumentsDialog");
        pages.tick("addDocumentsForm:purpose", "Parakstīts pieteikums");
        browser.ajaxDone();
        pages.upload(
                "addDocumentsForm:file_input", "parakstits-pieteikums.pdf", Pages.pdf("parakstits-pieteikums.pdf"));
        browser.waiting().until(d -> pages.text("addDocumentsForm").contains("parakstits-pieteikums.pdf"));
        pages.click("addDocumentsForm:save");
        pages.dialogClosed("addDocumentsDialog");
        assertThat(pages.rows("documentsForm:documents"))
                .anyMatch(r -> r.contains("parakstits-pieteikums.pdf") && r.contains("Parakstīts pieteikums"));

        pages.click("clientHistory");
        browser.waiting().until(d -> pages.present("history"));
        assertThat(pages.rows("history")).singleElement().asString().contains("Vecuma pensijas piešķiršana");
        pages.open("cases/client?code=lt23456789");
        assertThat(pages.rows("history")).as("found by the number as written").hasSize(1);
        pages.assertNoStackTrace();
    }

    @Test
    @Order(3)
    void theForeignClientPaysTheCertificatesFeeByBankTransferAndTakesTheReceipt() throws Exception {
        Pages pages = pages();
        pages.click("menuForm:registerCase");
        pages.tick("registerForm:clientKind", "Ārvalstnieks bez Latvijas personas koda");
        browser.waiting().until(d -> pages.present("registerForm:clientCountry"));
        pages.choose("registerForm:clientDocumentType", "Pase");
        pages.type("registerForm:clientCode", "LT2345 6789");
        pages.choose("registerForm:clientCountry", "Lietuva");
        pages.date("registerForm:clientBirthDate", "14.03.1985");
        pages.type("registerForm:clientName", "Jonas Jonaitis");
        pages.type("registerForm:serviceText", "deklarēto dzīvesvietu");
        pages.click("registerForm:searchServices");
        pages.click("registerForm:services:0:choose");
        pages.tick("registerForm:type", "Pieteikums");
        browser.ajaxDone();
        pages.click("registerForm:register");
        browser.waiting().until(d -> pages.path().startsWith("cases/case"));
        String number = pages.heading().replace("Lieta ", "");
        assertThat(pages.text("feeOutstanding")).isEqualTo("2,00 €");

        pages.click("feesForm:pay");
        pages.dialogShown("feeDialog");
        pages.number("feeForm:feeAmount", "5");
        pages.click("feeForm:save");
        assertThat(pages.text("feeForm")).contains("lielāka par to, kas vēl jāmaksā (2,00 €)");
        pages.number("feeForm:feeAmount", "2");
        pages.choose("feeForm:feeMethod", "Ar bankas pārskaitījumu");
        browser.waiting().until(d -> pages.present("feeForm:feeReference"));
        pages.click("feeForm:save");
        assertThat(pages.text("feeForm")).contains("norādiet maksājuma atsauci");
        pages.type("feeForm:feeReference", "MU-2026-77");
        pages.click("feeForm:save");
        pages.dialogClosed("feeDialog");
        assertThat(pages.messages()).contains("reģistrēta samaksa");
        assertThat(pages.text("feeOutstanding")).isEqualTo("0,00 €");
        assertThat(pages.text("feePaid")).isEqualTo("2,00 €");
        assertThat(pages.rows("feesForm:feeEntries"))
                .singleElement()
                .asString()
                .contains(number + "/1", "Samaksa", "Ar bankas pārskaitījumu", "MU-2026-77", "2,00 €");
        assertThat(pages.present("feesForm:pay")).as("nothing more to pay").isFalse();

        pages.click("feesForm:feeEntries:0:receipt");
        Path receipt = browser.downloaded("kvits-" + number + "-1.pdf");
        try (PDDocument pdf = Loader.loadPDF(receipt.toFile())) {
            assertThat(new PDFTextStripper().getText(pdf))
                    .contains(
                            "Maksājuma kvīts Nr. " + number + "/1",
                            "Izziņa par deklarēto dzīvesvietu",
                            "Ādažu novada pašvaldība",
                            "Jonas Jonaitis",
                            "Pase LT23456789 (LT)",
                            "2,00 €",
                            "Ar bankas pārskaitījumu",
                            "MU-2026-77",
                            "Ādažu novada VPVKAC");
        }
        pages.assertNoStackTrace();
    }

    @Test
    @Order(4)
    void rightAfterTheVisitTheClientRatesItOnTheKioskAndTheCentreSeesTheFigure() {
        Pages pages = pages();
        String desk = pages.driver().getWindowHandle();
        pages.click("caseForm:rateVisit");
        browser.waiting().until(d -> d.getWindowHandles().size() == 2);
        String kiosk = pages.driver().getWindowHandles().stream()
                .filter(h -> !h.equals(desk))
                .findFirst()
                .orElseThrow();
        pages.driver().switchTo().window(kiosk);
        browser.waiting().until(d -> pages.present("visitedService"));
        assertThat(Axe.violations(pages.driver()))
                .as("the kiosk page, WCAG 2.1 A/AA")
                .isEmpty();
        assertThat(pages.text("visitedService")).isEqualTo("Izziņa par deklarēto dzīvesvietu");
        assertThat(pages.text("visitedCentre")).isEqualTo("Ādažu novada VPVKAC");
        assertThat(pages.body()).as("nothing about the client on the kiosk").doesNotContain("Jonas", "LT23456789");
        String link = pages.driver().getCurrentUrl();
        pages.click("visitForm:send");
        assertThat(pages.messages()).contains("Izvēlieties vērtējumu no 1 līdz 5.");
        pages.driver()
                .findElements(By.cssSelector("[id='visitForm:rating'] .ui-rating-star a"))
                .get(3)
                .click();
        pages.type("visitForm:comment", "Laipni un ātri.");
        pages.click("visitForm:send");
        assertThat(pages.text("visitForm:thanks")).contains("Paldies");
        pages.driver().get(link);
        browser.ajaxDone();
        assertThat(pages.text("visitForm:unavailable")).contains("vairs nav pieejams");
        pages.driver().close();
        pages.driver().switchTo().window(desk);

        pages.click("menuForm:kpiDashboard");
        pages.date(
                "kpiForm:to",
                LocalDate.now(ZoneId.of("Europe/Riga")).format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        pages.click("kpiForm:show");
        assertThat(pages.rows("kpiForm:visitCentres"))
                .singleElement()
                .asString()
                .contains("Ādažu novada VPVKAC", "1", "4,00");
        assertThat(pages.rows("kpiForm:visitClerks"))
                .as("the consultant's own figure, within their institution")
                .singleElement()
                .asString()
                .contains("1", "4,00");
        pages.assertNoStackTrace();
    }

    @Test
    @Order(5)
    void anApplicationForAHolderOutsidePieturaGoesToItsEAddressAndTheCentreRecordsItsAnswer() {
        Pages pages = pages();
        pages.click("menuForm:registerCase");
        pages.type("registerForm:clientCode", "010190-12349");
        pages.type("registerForm:clientName", "Anna Ozola");
        pages.type("registerForm:serviceText", "kadastra");
        pages.click("registerForm:searchServices");
        pages.click("registerForm:services:0:choose");
        assertThat(pages.text("chosenServiceName")).isEqualTo("Izziņa no Nekustamā īpašuma valsts kadastra");
        pages.tick("registerForm:type", "Pieteikums");
        browser.ajaxDone();
        pages.type("registerForm:intakeFields:0:value", "80440010123");
        pages.click("registerForm:register");
        browser.waiting().until(d -> pages.path().startsWith("cases/case"));
        assertThat(pages.text("outsidePietura")).contains("nestrādā Pietura", "nosūtīts uz tā e-adresi");
        assertThat(pages.rows("events")).anyMatch(r -> r.contains("Nosūtīts uz sniedzēja e-adresi"));
        assertThat(pages.text("caseForm:state")).isEqualTo("Jauna");

        pages.click("caseForm:recordAnswer");
        pages.dialogShown("answerDialog");
        pages.tick("answerForm:granted", "noraidīja");
        browser.ajaxDone();
        browser.waiting().until(d -> !pages.present("answerForm:resultType"));
        pages.click("answerForm:save");
        assertThat(pages.text("answerForm")).as("a refusal needs its reasons").contains("Obligāts");
        pages.tick("answerForm:granted", "apmierināja");
        browser.ajaxDone();
        browser.waiting().until(d -> pages.present("answerForm:resultType"));
        assertThat(pages.text("answerForm:resultType_label")).isEqualTo("Izziņa izsniegta");
        pages.type("answerForm:reason", "Dienests izsniedza izziņu 05.12.2026.");
        pages.upload("answerForm:file_input", "vzd-izzina.pdf", Pages.pdf("vzd-izzina.pdf"));
        browser.waiting().until(d -> pages.text("answerForm").contains("vzd-izzina.pdf"));
        pages.click("answerForm:save");
        pages.dialogClosed("answerDialog");
        assertThat(pages.text("caseForm:state")).isEqualTo("Pabeigta");
        assertThat(pages.rows("documentsForm:documents"))
                .anyMatch(r -> r.contains("vzd-izzina.pdf") && r.contains("Rezultāts"));
        assertThat(pages.present("caseForm:recordAnswer")).isFalse();
        pages.assertNoStackTrace();
    }
}
