package lv.pietura.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import lv.pietura.it.support.PersonalCodes;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;

/**
 * The e-address as its users meet it: a client consultant in Ādaži finds the State Social Insurance Agency
 * by name and a person by her personal code and sends them a message with two files; a specialist of the
 * agency reads it, downloads a file and forwards it to the State Revenue Service; the person (signed in to
 * her own mailbox) reads it, downloads a file and replies; the
 * consultant sees it delivered and read by both, and the reply arrive. In order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EAddressJourneyIT extends BrowserJourney {

    private static final String SUBJECT = "Klienta iesniegums <script>alert(1)</script>";
    private static final String OWN_SUBJECT = "Vecuma pensija";
    private static final String ANNA = "010190-12349";
    private static String casePath;
    private static String number;
    private static String messagePath;

    @Test
    @Order(1)
    void aClerkFindsTheAgencyAndSendsAMessageWithTwoFiles() {
        Pages pages = pages();
        browser.forgetSession();
        pages.signIn("adazi.clerk", DEMO_PASSWORD);
        pages.click("menuForm:composeMessage");
        assertThat(pages.heading()).isEqualTo("Rakstīt ziņu");

        pages.type("composeForm:query", "sociālās apdrošināšanas");
        pages.click("composeForm:search");
        pages.click("composeForm:found:0:add");
        assertThat(pages.rows("composeForm:chosen")).anyMatch(r -> r.contains("_DEFAULT@90001634668"));
        pages.type("composeForm:query", "Anna Ozola");
        pages.click("composeForm:search");
        assertThat(pages.messages())
                .as("persons are found only by their exact personal code")
                .contains("Neviens adresāts nav atrasts.");
        pages.type("composeForm:query", "010190-12349");
        pages.click("composeForm:search");
        pages.click("composeForm:found:0:add");
        assertThat(pages.rows("composeForm:chosen")).hasSize(2).anyMatch(r -> r.contains("Anna Ozola"));

        pages.type("composeForm:subject", SUBJECT);
        pages.type("composeForm:body", "Pārsūtām klienta iesniegumu un pilnvaru.");
        pages.upload("composeForm:file_input", "iesniegums.pdf", Pages.pdf("iesniegums.pdf"));
        browser.waiting()
                .ignoring(StaleElementReferenceException.class)
                .until(d -> String.join(" ", pages.rows("composeForm:attached")).contains("iesniegums.pdf"));
        pages.upload("composeForm:file_input", "pilnvara.pdf", Pages.pdf("pilnvara.pdf"));
        browser.waiting()
                .ignoring(StaleElementReferenceException.class)
                .until(d -> pages.rows("composeForm:attached").size() == 2
                        && String.join(" ", pages.rows("composeForm:attached")).contains("pilnvara.pdf"));
        pages.click("composeForm:send");
        browser.waiting().until(d -> pages.path().startsWith("eaddress/message"));
        messagePath = pages.path();
        assertThat(pages.heading()).as("shown as text, never run").isEqualTo(SUBJECT);
        assertThat(pages.rows("recipientsForm:recipients")).hasSize(2).anyMatch(r -> r.contains("Valsts sociālās"));
        pages.assertNoStackTrace();
    }

    @Test
    @Order(2)
    void aSpecialistOfTheAgencyReadsItAndDownloadsAFile() {
        Pages pages = pages();
        pages.signOut();
        pages.signIn("vsaa.specialist", DEMO_PASSWORD);
        browser.waiting().until(d -> {
            pages.open("eaddress/mailbox");
            return pages.rows("listForm:table").stream().anyMatch(r -> r.contains("Klienta iesniegums"));
        });
        pages.driver().findElement(By.linkText(SUBJECT)).click();
        browser.ajaxDone();
        assertThat(pages.text("sender")).contains("Ādažu novada pašvaldība");
        assertThat(pages.rows("filesForm:files")).hasSize(2);
        pages.click("filesForm:files:0:download");
        assertThat(pages.path()).as("a download leaves the page as it was").isEqualTo(messagePath);

        pages.click("forward");
        assertThat(pages.element("composeForm:subject").getAttribute("value")).isEqualTo("Fwd: " + SUBJECT);
        assertThat(pages.rows("composeForm:attached")).hasSize(2);
        pages.type("composeForm:query", "ieņēmumu dienests");
        pages.click("composeForm:search");
        pages.click("composeForm:found:0:add");
        pages.click("composeForm:send");
        browser.waiting().until(d -> pages.path().startsWith("eaddress/message"));
        assertThat(pages.rows("filesForm:files")).as("forwarded with its files").hasSize(2);
        assertThat(pages.text("body")).contains("Pārsūtām klienta iesniegumu un pilnvaru.");
    }

    @Test
    @Order(3)
    void thePersonSignsInReadsItDownloadsAFileAndRepliesAndWritesToTheMunicipality() {
        Pages pages = pages();
        pages.signOut();
        pages.signIn("010190-12349", DEMO_PASSWORD);
        browser.waiting().until(d -> pages.path().startsWith("my/mailbox"));
        assertThat(pages.text("who")).contains("Anna Ozola");
        pages.driver().findElement(By.linkText(SUBJECT)).click();
        browser.ajaxDone();
        assertThat(pages.heading()).isEqualTo(SUBJECT);
        assertThat(pages.text("body")).isEqualTo("Pārsūtām klienta iesniegumu un pilnvaru.");
        pages.click("filesForm:files:1:download");
        pages.type("replyForm:body", "Paldies, saņēmu.");
        pages.click("replyForm:send");
        assertThat(pages.messages()).contains("Atbilde nosūtīta.");

        pages.open("my/mailbox");
        pages.click("compose");
        assertThat(pages.heading()).isEqualTo("Rakstīt iestādei");
        pages.type("composeForm:query", "Ādažu novada");
        pages.click("composeForm:search");
        pages.click("composeForm:found:0:choose");
        assertThat(pages.text("composeForm:chosenInstitution")).contains("Ādažu novada pašvaldība");
        pages.type("composeForm:subject", OWN_SUBJECT);
        pages.type("composeForm:body", "Lūdzu piešķirt vecuma pensiju; iesniegums pielikumā.");
        pages.upload("composeForm:file_input", "pensijas-iesniegums.pdf", Pages.pdf("pensijas-iesniegums.pdf"));
        browser.waiting()
                .ignoring(StaleElementReferenceException.class)
                .until(d -> String.join(" ", pages.rows("composeForm:attached")).contains("pensijas-iesniegums.pdf"));
        pages.click("composeForm:send");
        browser.waiting().until(d -> pages.path().startsWith("my/message"));
        assertThat(pages.rows("recipients")).singleElement().asString().contains("Ādažu novada pašvaldība");
        pages.open("eaddress/mailbox");
        assertThat(pages.heading()).as("a holder is no staff member").isNotEqualTo("Saņemtās");
    }

    @Test
    @Order(4)
    void theClerkSeesTheMessageDeliveredAndReadAndTheReplyArrives() {
        Pages pages = pages();
        browser.forgetSession();
        pages.signIn("adazi.clerk", DEMO_PASSWORD);
        pages.open(messagePath);
        assertThat(pages.rows("recipientsForm:recipients"))
                .hasSize(2)
                .allSatisfy(r -> assertThat(r)
                        .contains("Piegādāta")
                        .as("delivered at and read at")
                        .containsPattern("\\d{2}:\\d{2}:\\d{2}(.|\\n)*\\d{2}:\\d{2}:\\d{2}"));
        assertThat(pages.text("progressText")).startsWith("Piegādāta 2 no 2");
        browser.waiting().until(d -> {
            pages.open("eaddress/mailbox");
            return pages.rows("listForm:table").stream().anyMatch(r -> r.contains("Re: Klienta iesniegums"));
        });
    }

    @Test
    @Order(5)
    void theClerkRegistersACaseFromThePersonsMessage() {
        Pages pages = pages();
        browser.waiting().until(d -> {
            pages.open("eaddress/mailbox");
            return pages.rows("listForm:table").stream().anyMatch(r -> r.contains(OWN_SUBJECT));
        });
        pages.driver().findElement(By.linkText(OWN_SUBJECT)).click();
        browser.ajaxDone();
        assertThat(pages.text("sender")).contains("Anna Ozola");
        pages.click("caseForm:registerCase");
        browser.waiting().until(d -> pages.path().startsWith("cases/register"));
        assertThat(pages.element("registerForm:clientCode").getAttribute("value"))
                .isEqualTo(ANNA);
        assertThat(pages.element("registerForm:clientName").getAttribute("value"))
                .isEqualTo("Anna Ozola");
        assertThat(pages.rows("registerForm:attachments")).anyMatch(r -> r.contains("pensijas-iesniegums.pdf"));
        pages.type("registerForm:serviceText", "vecuma pensija");
        pages.click("registerForm:searchServices");
        pages.click("registerForm:services:0:choose");
        assertThat(pages.text("chosenServiceName")).isEqualTo("Vecuma pensijas piešķiršana");
        pages.type("registerForm:intakeFields:0:value", "01.03.2027");
        pages.type("registerForm:intakeFields:1:value", "LV80BANK0000435195001");
        pages.choose("registerForm:intakeFields:2:choice", "Uz bankas kontu");
        pages.click("registerForm:register");
        browser.waiting().until(d -> pages.path().startsWith("cases/case"));
        casePath = pages.path();
        number = pages.heading().replace("Lieta ", "");
        assertThat(pages.text("caseDetails")).contains("E-adrese");
        assertThat(pages.rows("documentsForm:documents")).anyMatch(r -> r.contains("pensijas-iesniegums.pdf"));
        pages.assertNoStackTrace();
    }

    @Test
    @Order(6)
    void theAgencyCompletesTheCaseAndTheResultArrivesInThePersonsMailbox() {
        Pages pages = pages();
        pages.signOut();
        pages.signIn("vsaa.specialist", DEMO_PASSWORD);
        pages.open(casePath);
        pages.click("caseForm:take");
        assertThat(pages.text("caseForm:state")).isEqualTo("Izskatīšanā");
        pages.completeCase("Pensija piešķirta", "Pensija piešķirta no 01.03.2027.", "lemums.pdf");
        assertThat(pages.text("caseForm:state")).isEqualTo("Pabeigta");
        assertThat(pages.text("resultDelivery"))
                .as("the result goes to her e-address")
                .doesNotContain("nav aktivizētas");

        pages.signOut();
        pages.signIn(ANNA, DEMO_PASSWORD);
        pages.openMyMessage("Pakalpojuma rezultāts: Vecuma pensijas piešķiršana", number);
        assertThat(pages.text("sender")).contains("Valsts sociālās apdrošināšanas aģentūra");
        assertThat(pages.text("body")).contains(number, "Pensija piešķirta no 01.03.2027.");
        assertThat(pages.rows("filesForm:files")).singleElement().asString().contains("lemums.pdf");
        pages.click("filesForm:files:0:download");
        assertThat(pages.path()).startsWith("my/message");

        browser.forgetSession();
        pages.signIn("vsaa.specialist", DEMO_PASSWORD);
        pages.open(casePath);
        assertThat(pages.text("resultDelivery")).as("delivered and read").contains("Piegādāta", "Izlasīta");
    }

    @Test
    @Order(7)
    void aClerkSendsABulkNoticeAndFollowsItsDelivery() {
        Pages pages = pages();
        browser.forgetSession();
        pages.signIn("adazi.clerk", DEMO_PASSWORD);
        pages.click("menuForm:bulkMessage");
        assertThat(pages.heading()).isEqualTo("Masveida sūtījums");
        String unknown = PersonalCodes.born("050505", 777);
        pages.type("bulkForm:list", "personas_kods\n" + ANNA + "\n" + unknown + "\nnav kods\n");
        pages.click("bulkForm:check");
        assertThat(pages.text("addressable")).isEqualTo("1");
        assertThat(pages.text("without")).isEqualTo("1");
        assertThat(pages.rows("bulkForm:invalidLines"))
                .singleElement()
                .asString()
                .contains("4", "nav kods");
        pages.type("bulkForm:subject", "Ūdens atslēgšana otrdien");
        pages.type("bulkForm:body", "Otrdien no 9 līdz 12 Ādažos nebūs ūdens.");
        pages.click("bulkForm:send");
        pages.click("confirmYes");
        browser.waiting().until(d -> pages.path().startsWith("eaddress/message"));
        assertThat(pages.messages()).contains("Ziņa saglabāta 1 adresātiem");
        browser.waiting()
                .ignoring(StaleElementReferenceException.class)
                .until(d -> pages.text("progressText").startsWith("Piegādāta 1 no 1"));
        assertThat(pages.rows("recipientsForm:recipients"))
                .singleElement()
                .asString()
                .contains("Anna Ozola", "Piegādāta");
        pages.assertNoStackTrace();
    }
}
