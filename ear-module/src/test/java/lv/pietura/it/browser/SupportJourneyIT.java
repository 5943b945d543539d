package lv.pietura.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import lv.pietura.it.support.TestFiles;
import lv.pietura.it.support.TestMail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;

/**
 * A client consultant in Ādaži is stuck on a case page: its help shows the question others asked about it, and under
 * it she reports her problem from that page (the page and the case come along), with a screenshot and, by mistake, a
 * script in the subject that only shows as text; Ādaži's administrator answers it from the support queue; she is
 * mailed, and reads the answer in Pietura. Then a person asks support from her own mailbox, in its pages. In order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SupportJourneyIT extends BrowserJourney {

    private static final String CLERK_MAIL = "adazi_clerk@pietura.example.lv";
    private static final String SUBJECT = "<script>window.__pwned=1</script>Poga nestrādā";

    private static TestMail mail;
    private static String request;

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
    void aConsultantReportsAProblemFromACasePage() {
        Pages pages = pages();
        browser.forgetSession();
        pages.signIn("adazi.clerk", DEMO_PASSWORD);
        pages.open("cases/list?list=all");
        browser.waiting()
                .ignoring(StaleElementReferenceException.class)
                .until(d ->
                        !d.findElements(By.cssSelector("a[href*='case?id=']")).isEmpty());
        pages.driver().findElement(By.cssSelector("a[href*='case?id=']")).click();
        browser.ajaxDone();
        assertThat(pages.path()).startsWith("cases/case");
        String number = pages.heading().replace("Lieta ", "");

        pages.driver().findElement(By.cssSelector("#pageHelp summary")).click();
        assertThat(pages.text("pageQuestions"))
                .as("the question others asked about the case page")
                .contains("Kā pievienot dokumentu, ko klients atnesa vēlāk?");
        pages.click("reportProblem");
        browser.waiting().until(d -> pages.path().startsWith("support/new"));
        assertThat(pages.text("page")).startsWith("/cases/case").contains("id=");
        assertThat(pages.element("requestForm:caseNumber").getAttribute("value"))
                .as("the case of the page comes along")
                .isEqualTo(number);
        assertThat(Axe.violations(pages.driver()))
                .as("the support request form, WCAG 2.1 A/AA")
                .isEmpty();

        pages.click("requestForm:submit");
        assertThat(pages.body()).as("nothing is filed without its subject").contains("Obligāts lauks");
        pages.type("requestForm:subject", SUBJECT);
        pages.type("requestForm:description", "Nospiežu „Pievienot dokumentus”, bet logs neatveras.");
        pages.upload("requestForm:file_input", "ekrans.png", TestFiles.PNG);
        browser.waiting()
                .ignoring(StaleElementReferenceException.class)
                .until(d -> pages.text("requestForm:files").contains("ekrans.png"));
        pages.click("requestForm:submit");
        browser.waiting().until(d -> pages.path().startsWith("support/request"));
        request = pages.text("number");
        assertThat(pages.messages()).contains("Atbalsta pieprasījums Nr. " + request + " iesniegts");
        assertThat(pages.heading()).as("the script shows as text").isEqualTo(SUBJECT);
        assertThat(((JavascriptExecutor) pages.driver()).executeScript("return window.__pwned"))
                .as("and never runs")
                .isNull();
        assertThat(pages.text("status")).isEqualTo("Gaida atbalstu");
        assertThat(pages.text("caseNumber")).isEqualTo(number);
        assertThat(pages.text("files")).contains("ekrans.png");
        assertThat(Axe.violations(pages.driver()))
                .as("a support request, WCAG 2.1 A/AA")
                .isEmpty();
    }

    @Test
    @Order(2)
    void herInstitutionsAdministratorAnswersFromTheQueue() {
        Pages pages = pages();
        pages.signOut();
        pages.signIn("adazi.admin", DEMO_PASSWORD);
        pages.click("menuForm:support");
        assertThat(pages.rows("queueForm:queue"))
                .anySatisfy(row -> assertThat(row).contains(SUBJECT, "adazi.clerk"));
        assertThat(pages.present("queueForm:figureTable"))
                .as("support in figures")
                .isTrue();
        assertThat(Axe.violations(pages.driver()))
                .as("the support queue, WCAG 2.1 A/AA")
                .isEmpty();
        pages.driver().findElement(By.linkText(request)).click();
        browser.ajaxDone();
        assertThat(pages.text("caseNumber")).isNotBlank();
        pages.type("requestForm:text", "Atjauniniet lapu (F5); pēc tam logs atveras.");
        pages.click("requestForm:answer");
        assertThat(pages.messages()).contains("Atbilde nosūtīta");
        assertThat(pages.text("status")).isEqualTo("Atbildēts");

        browser.waiting().until(d -> !mail.to(CLERK_MAIL).isEmpty());
        MimeMessage told = mail.to(CLERK_MAIL).get(0);
        try {
            assertThat(told.getSubject()).isEqualTo("Pietura: atbilde uz atbalsta pieprasījumu Nr. " + request);
            assertThat(String.valueOf(told.getContent())).contains("Atjauniniet lapu (F5)");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @Order(3)
    void theConsultantReadsTheAnswer() {
        Pages pages = pages();
        pages.signOut();
        pages.signIn("adazi.clerk", DEMO_PASSWORD);
        pages.click("menuForm:support");
        assertThat(pages.rows("mine")).anySatisfy(row -> assertThat(row).contains(SUBJECT, "Atbildēts"));
        pages.driver().findElement(By.linkText(request)).click();
        browser.ajaxDone();
        assertThat(pages.text("thread")).contains("Atbalsta atbilde", "Atjauniniet lapu (F5); pēc tam logs atveras.");
        pages.type("requestForm:closingText", "Paldies, strādā.");
        pages.click("requestForm:close");
        pages.click("confirmYes");
        assertThat(pages.text("status")).isEqualTo("Slēgts");
        assertThat(pages.present("requestForm:text"))
                .as("nothing more is written to it")
                .isFalse();
    }

    @Test
    @Order(4)
    void aPersonAsksFromHerMailboxInItsOwnPages() {
        Pages pages = pages();
        pages.signOut();
        pages.signIn("010190-12349", DEMO_PASSWORD);
        browser.waiting().until(d -> pages.path().startsWith("my/"));
        pages.driver().findElement(By.cssSelector("#pageHelp summary")).click();
        assertThat(pages.present("allQuestions"))
                .as("the staff's questions are not hers")
                .isFalse();
        pages.click("reportProblem");
        browser.waiting().until(d -> pages.path().startsWith("support/new"));
        assertThat(pages.present("requestForm:caseNumber"))
                .as("she names no case")
                .isFalse();
        assertThat(pages.present("menuForm:support"))
                .as("the mailbox's pages, not the staff's")
                .isFalse();
        pages.type("requestForm:subject", "Nevaru atvērt pielikumu");
        pages.type("requestForm:description", "Spiežu uz faila nosaukuma, bet nekas nenotiek.");
        pages.click("requestForm:submit");
        browser.waiting().until(d -> pages.path().startsWith("support/request"));
        assertThat(pages.text("status")).isEqualTo("Gaida atbalstu");
        assertThat(pages.text("requester")).contains("E-adreses turētājs");
        assertThat(Axe.violations(pages.driver()))
                .as("a person's support request, WCAG 2.1 A/AA")
                .isEmpty();
        pages.click("back");
        assertThat(pages.rows("mine")).anySatisfy(row -> assertThat(row).contains("Nevaru atvērt pielikumu"));
    }
}
