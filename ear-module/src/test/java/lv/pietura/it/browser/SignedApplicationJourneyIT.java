package lv.pietura.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import lv.pietura.it.support.TestSeals;
import lv.pietura.it.support.TestSignatures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;

/**
 * Documents with legal force, both ways. Anna Ozola brings her old-age pension application signed as an ASiC-E
 * container (.edoc, a certificate of the test's own authority, which the test server trusts) to the centre in Ādaži;
 * the consultant registers it, and the agency's specialist sees beside the file who signed it, when, in which format,
 * and that the signature is valid, with its validation report to download. The specialist completes the case with the
 * result sealed by the agency's e-seal (its key generated in the server's key store and certified by the same
 * authority; a time-stamping service of it); Anna finds the sealed result in her mailbox, downloads it, and her own
 * software (DSS, offline, trusting that authority) finds it valid and time-stamped. The pages checked against
 * WCAG 2.1 A/AA.
 */
class SignedApplicationJourneyIT extends BrowserJourney {

    private static final String ANNA = "010190-12349";
    private static final String VSAA = "Valsts sociālās apdrošināšanas aģentūra";

    @Test
    void aSignedApplicationIsCheckedAndTheSealedResultReachesTheClientValid() throws Exception {
        Path data = Path.of(System.getProperty("it.data.dir"));
        TestSignatures authority =
                TestSignatures.trusted(data.resolve("signature-trust.p12"), data.resolve("signature-crls"));
        TestSeals.issue(authority, "90001634668", VSAA, false);
        Path edoc = browser.fileToUpload(
                "iesniegums.edoc", authority.edoc("Lūdzu piešķirt vecuma pensiju no 01.03.2027.", "Anna Ozola", false));

        try (AutoCloseable timeStamping = TestSeals.timeStamping(authority)) {
            Pages pages = pages();
            browser.forgetSession();
            pages.signIn("adazi.clerk", DEMO_PASSWORD);
            pages.click("menuForm:registerCase");
            pages.type("registerForm:clientCode", ANNA);
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
                    .until(d -> pages.rows("registerForm:attachments").stream()
                            .anyMatch(r -> r.contains("iesniegums.edoc")));
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
            assertThat(pages.present("documentsForm:documents:0:signatureReport"))
                    .isTrue();
            assertThat(Axe.violations(pages.driver()))
                    .as("the case with its signed document, WCAG 2.1 A/AA")
                    .isEmpty();

            pages.click("caseForm:take");
            pages.completeCase("Pensija piešķirta", "Pensija piešķirta no 01.03.2027.", "lemums.pdf", true);
            assertThat(pages.text("caseForm:state")).isEqualTo("Pabeigta");
            String sealed = "rezultats-" + number + ".edoc";
            assertThat(pages.rows("documentsForm:documents"))
                    .anySatisfy(row -> assertThat(row)
                            .contains(sealed, "Apzīmogots rezultāts", "Paraksts derīgs", VSAA, "XAdES-BASELINE-T"));
            pages.assertNoStackTrace();

            pages.signOut();
            pages.signIn(ANNA, DEMO_PASSWORD);
            String subject = "Pakalpojuma rezultāts: Vecuma pensijas piešķiršana";
            pages.openMyMessage(subject, number);
            assertThat(pages.text("body")).contains(number, "Pensija piešķirta no 01.03.2027.");
            assertThat(pages.rows("filesForm:files"))
                    .singleElement()
                    .asString()
                    .contains(sealed, "Paraksts derīgs", VSAA);
            assertThat(Axe.violations(pages.driver()))
                    .as("her message with the sealed result, WCAG 2.1 A/AA")
                    .isEmpty();
            pages.click("filesForm:files:0:download");
            byte[] downloaded = Files.readAllBytes(browser.downloaded(sealed));
            assertThat(authority.validate(downloaded))
                    .as("the sealed result as her own software checks it")
                    .isEqualTo("TOTAL_PASSED XAdES-BASELINE-T");
        }
    }
}
