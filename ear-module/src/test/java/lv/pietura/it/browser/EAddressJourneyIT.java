package lv.pietura.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
    private static String messagePath;

    @Test
    @Order(1)
    void aClerkFindsTheAgencyAndSendsAMessageWithTwoFiles() throws IOException {
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
        assertThat(pages.messages()).as("persons are found only by their exact personal code")
                .contains("Neviens adresāts nav atrasts.");
        pages.type("composeForm:query", "010190-12349");
        pages.click("composeForm:search");
        pages.click("composeForm:found:0:add");
        assertThat(pages.rows("composeForm:chosen")).hasSize(2).anyMatch(r -> r.contains("Anna Ozola"));

        pages.type("composeForm:subject", SUBJECT);
        pages.type("composeForm:body", "Pārsūtām klienta iesniegumu un pilnvaru.");
        upload(pages, "iesniegums.pdf");
        upload(pages, "pilnvara.pdf");
        browser.waiting().ignoring(StaleElementReferenceException.class)
                .until(d -> pages.rows("composeForm:attached").size() == 2
                        && String.join(" ", pages.rows("composeForm:attached")).contains("pilnvara.pdf"));
        pages.click("composeForm:send");
        browser.waiting().until(d -> pages.path().startsWith("eaddress/message"));
        messagePath = pages.path();
        assertThat(pages.heading()).as("shown as text, never run").isEqualTo(SUBJECT);
        assertThat(pages.rows("recipients")).hasSize(2).anyMatch(r -> r.contains("Valsts sociālās"));
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
    void thePersonSignsInReadsItDownloadsAFileAndReplies() {
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
        assertThat(pages.rows("recipients")).hasSize(2).allSatisfy(r -> assertThat(r).contains("Piegādāta")
                .as("delivered at and read at").containsPattern("\\d{2}:\\d{2}:\\d{2}(.|\\n)*\\d{2}:\\d{2}:\\d{2}"));
        browser.waiting().until(d -> {
            pages.open("eaddress/mailbox");
            return pages.rows("listForm:table").stream().anyMatch(r -> r.contains("Re: Klienta iesniegums"));
        });
    }

    private static void upload(Pages pages, String name) throws IOException {
        Path dir = Files.createTempDirectory("pietura-upload");
        Path file = Files.write(dir.resolve(name), ("%PDF-1.4\n% " + name + "\n1 0 obj<</Type/Catalog>>endobj\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII));
        pages.driver().findElement(By.id("composeForm:file_input")).sendKeys(file.toAbsolutePath().toString());
    }
}
