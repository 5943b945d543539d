package lv.pietura.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import lv.pietura.it.support.PersonalCodes;
import lv.pietura.it.support.TestSignatures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;

/**
 * A signed application (.edoc) at the centre: a consultant in Ādaži registers a pension application with the
 * client's ASiC-E container signed by Anna Ozola (a certificate of the test's own authority, which the test server
 * trusts), and the agency's specialist sees beside the file who signed it, when, in which format, and that the
 * signature is valid, with its validation report to download. The page checked against WCAG 2.1 A/AA.
 */
class SignedApplicationJourneyIT extends BrowserJourney {

    @Test
    void theSpecialistSeesWhoSignedTheApplicationAndThatTheSignatureIsValid() throws Exception {
        Path data = Path.of(System.getProperty("it.data.dir"));
        TestSignatures authority =
                TestSignatures.trusted(data.resolve("signature-trust.p12"), data.resolve("signature-crls"));
        Path edoc = Files.createTempDirectory("pietura-edoc").resolve("iesniegums.edoc");
        Files.write(edoc, authority.edoc("Lūdzu piešķirt vecuma pensiju no 01.03.2027.", "Anna Ozola", false));

        Pages pages = pages();
        browser.forgetSession();
        pages.signIn("adazi.clerk", DEMO_PASSWORD);
        pages.click("menuForm:registerCase");
        pages.type("registerForm:clientCode", PersonalCodes.born("010190", 932));
        pages.type("registerForm:clientName", "Anna Ozola");
        pages.type("registerForm:serviceText", "vecuma pensija");
        pages.click("registerForm:searchServices");
        pages.click("registerForm:services:0:choose");
        pages.tick("registerForm:type", "Pieteikums");
        browser.ajaxDone();
        pages.type("registerForm:intakeFields:0:value", "01.03.2027");
        pages.type("registerForm:intakeFields:1:value", "LV80BANK0000435195001");
        pages.choose("registerForm:intakeFields:2:choice", "Uz bankas kontu");
        pages.driver().findElement(By.id("registerForm:file_input")).sendKeys(edoc.toString());
        browser.waiting()
                .ignoring(StaleElementReferenceException.class)
                .until(d ->
                        pages.rows("registerForm:attachments").stream().anyMatch(r -> r.contains("iesniegums.edoc")));
        pages.click("registerForm:register");
        browser.waiting().until(d -> pages.path().startsWith("cases/case"));
        String number = pages.heading().replace("Lieta ", "");
        assertThat(pages.rows("documentsForm:documents"))
                .singleElement()
                .asString()
                .contains("iesniegums.edoc", "Paraksts derīgs", "Anna Ozola", "XAdES-BASELINE-B");

        pages.signOut();
        pages.signIn("vsaa.specialist", DEMO_PASSWORD);
        pages.openCase(number);
        assertThat(pages.rows("documentsForm:documents"))
                .singleElement()
                .asString()
                .contains("Paraksts derīgs", "Anna Ozola", "Validācijas ziņojums");
        assertThat(pages.present("documentsForm:documents:0:signatureReport")).isTrue();
        assertThat(Axe.violations(pages.driver()))
                .as("the case with its signed document, WCAG 2.1 A/AA")
                .isEmpty();
        pages.assertNoStackTrace();
    }
}
