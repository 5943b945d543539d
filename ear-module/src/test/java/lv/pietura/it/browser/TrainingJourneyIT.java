package lv.pietura.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import lv.pietura.it.support.TestMail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/**
 * Ādaži trains in its sandbox: its administrator opens it and gives the consultant and the specialist trainee accounts;
 * the consultant, marked as training on every page, registers a made-up client's application at the sandbox's copy of
 * her centre; the specialist takes and completes it, writes to the made-up client (a real person's code finds nobody)
 * and reads the made-up client's message in the sandbox's mailbox; the administrator sees each trainee's journeys, and
 * clears the sandbox with their progress kept. Nothing of it is mailed. In order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TrainingJourneyIT extends BrowserJourney {

    private static final String MADE_UP = "010199-20005";
    private static final String CLIENT_MAIL = "ieva.paraudzina@example.lv";
    private static final String OWN_PASSWORD = "Macibu-parole-2026";

    private static TestMail mail;
    private static String clerkPassword;
    private static String specialistPassword;
    private static String number;

    @BeforeAll
    static void anSmtpServer() {
        mail = TestMail.started();
    }

    @AfterAll
    static void stopIt() {
        mail.stop();
    }

    @Test
    @Order(1)
    void theAdministratorOpensTheSandboxAndGivesTwoStaffMembersTraineeAccounts() {
        Pages pages = pages();
        browser.forgetSession();
        pages.signIn("adazi.admin", DEMO_PASSWORD);
        pages.click("menuForm:training");
        assertThat(pages.heading()).isEqualTo("Mācību vide");
        assertThat(pages.text("notOpened")).isEqualTo("Mācību vide vēl nav izveidota.");

        pages.click("sandboxForm:open");
        assertThat(pages.messages()).contains("Mācību vide ir gatava.");
        assertThat(pages.text("sandboxName")).isEqualTo("Ādažu novada pašvaldība (mācību vide)");
        assertThat(pages.text("sandboxCentres")).contains("Ādažu novada VPVKAC");
        assertThat(pages.text("sandboxServices")).contains("M-ADAZI-IZZINA-DZIVESVIETA");
        assertThat(pages.text("madeUpClients")).contains("Ieva Paraudziņa, " + MADE_UP);

        pages.choose("traineeForm:staff", "Anna Bērziņa (adazi.clerk)");
        pages.click("traineeForm:addTrainee");
        assertThat(pages.messages()).contains("Mācību konts izveidots.");
        assertThat(pages.text("givenUsername")).isEqualTo("adazi.clerk.macibas");
        clerkPassword = pages.text("givenPassword");
        pages.choose("traineeForm:staff", "Ilona Grīnberga (adazi.specialist)");
        pages.click("traineeForm:addTrainee");
        assertThat(pages.text("givenUsername")).isEqualTo("adazi.specialist.macibas");
        specialistPassword = pages.text("givenPassword");
        assertThat(pages.rows("traineeForm:progress")).hasSize(2).allMatch(r -> r.contains("Mācās"));
        assertThat(Axe.violations(pages.driver()))
                .as("the training page, WCAG 2.1 A/AA")
                .isEmpty();
        pages.signOut();
    }

    @Test
    @Order(2)
    void theConsultantRegistersAMadeUpClientsApplicationInTheSandbox() {
        Pages pages = pages();
        firstSignIn(pages, "adazi.clerk.macibas", clerkPassword);
        assertThat(pages.text("trainingMark")).contains("Mācību vide");
        pages.click("menuForm:registerCase");
        pages.type("registerForm:clientCode", MADE_UP);
        pages.type("registerForm:clientName", "Ieva Paraudziņa");
        pages.type("registerForm:clientEmail", CLIENT_MAIL);
        pages.type("registerForm:serviceText", "dzīvesvietu");
        pages.click("registerForm:searchServices");
        assertThat(pages.rows("registerForm:services"))
                .as("only the sandbox's services: the real holders' are not offered here")
                .isNotEmpty()
                .allMatch(r -> r.contains("M-ADAZI"));
        pages.click("registerForm:services:0:choose");
        pages.tick("registerForm:type", "Pieteikums");
        browser.ajaxDone();
        pages.click("registerForm:register");
        browser.waiting().until(d -> pages.path().startsWith("cases/case"));
        number = pages.heading().replace("Lieta ", "");
        assertThat(pages.text("handlingInstitution")).isEqualTo("Ādažu novada pašvaldība (mācību vide)");
        assertThat(pages.text("trainingMark")).contains("nekas nesasniedz īstu klientu");
        pages.assertNoStackTrace();
        pages.signOut();
    }

    @Test
    @Order(3)
    void theSpecialistCompletesItWritesToTheClientAndReadsTheMailbox() {
        Pages pages = pages();
        firstSignIn(pages, "adazi.specialist.macibas", specialistPassword);
        pages.openCase(number);
        pages.click("caseForm:take");
        assertThat(pages.text("caseForm:state")).isEqualTo("Izskatīšanā");
        pages.completeCase("Izziņa izsniegta", "Izziņa sagatavota.", "izzina.pdf");
        assertThat(pages.text("caseForm:state")).isEqualTo("Pabeigta");

        pages.click("menuForm:composeMessage");
        pages.type("composeForm:query", "010190-12349");
        pages.click("composeForm:search");
        assertThat(pages.rows("composeForm:found"))
                .as("a real person is not found from the sandbox")
                .noneMatch(r -> r.contains("Anna Ozola"));
        pages.type("composeForm:query", MADE_UP);
        pages.click("composeForm:search");
        pages.click("composeForm:found:0:add");
        assertThat(pages.rows("composeForm:chosen")).anyMatch(r -> r.contains("Ieva Paraudziņa"));
        pages.type("composeForm:subject", "Jūsu izziņa");
        pages.type("composeForm:body", "Izziņa ir sagatavota.");
        pages.click("composeForm:send");
        browser.waiting().until(d -> pages.path().startsWith("eaddress/message"));

        browser.waiting().until(d -> {
            pages.open("eaddress/mailbox");
            return pages.rows("listForm:table").stream()
                    .anyMatch(r -> r.contains("Jautājums par iesniegumu (mācību vēstule)"));
        });
        pages.driver()
                .findElement(By.linkText("Jautājums par iesniegumu (mācību vēstule)"))
                .click();
        browser.ajaxDone();
        assertThat(pages.text("sender")).contains("Ieva Paraudziņa");
        pages.signOut();
    }

    @Test
    @Order(4)
    void theTrainerSeesEveryJourneyAndClearsTheSandboxWithTheProgressKept() {
        Pages pages = pages();
        List<String> rows = theTrainersPage(pages);
        String clerk = rows.get(rowOf(rows, "adazi.clerk.macibas"));
        String specialist = rows.get(rowOf(rows, "adazi.specialist.macibas"));
        assertThat(clerk)
                .doesNotContain("Reģistrēja lietu: vēl nav")
                .contains("Nosūtīja e-adreses vēstuli: vēl nav", "Mācās");
        assertThat(specialist)
                .doesNotContain(
                        "Izskatīja lietu: vēl nav",
                        "Pabeidza lietu: vēl nav",
                        "Nosūtīja e-adreses vēstuli: vēl nav",
                        "Izlasīja saņemto vēstuli: vēl nav")
                .as("a specialist's journeys: no registering asked of her")
                .doesNotContain("Reģistrēja lietu")
                .contains("Apmācība pabeigta");

        pages.click("sandboxForm:reset");
        pages.click("confirmYes");
        assertThat(pages.messages()).contains("Mācību vide notīrīta.");
        assertThat(pages.rows("traineeForm:progress"))
                .filteredOn(r -> r.contains("adazi.specialist.macibas"))
                .singleElement()
                .satisfies(r -> assertThat(r).doesNotContain("Pabeidza lietu: vēl nav"));

        assertThat(mail.to(CLIENT_MAIL))
                .as("nothing mailed to the made-up client")
                .isEmpty();
        assertThat(mail.to("adazi_clerk@pietura.example.lv")).isEmpty();
        assertThat(mail.to("adazi_specialist@pietura.example.lv")).isEmpty();
        pages.signOut();
    }

    @Test
    @Order(5)
    void theTrainerEndsATraineeAccountWhichSignsInNoMoreAndGivesItAgain() {
        Pages pages = pages();
        List<String> rows = theTrainersPage(pages);
        pages.click("traineeForm:progress:" + rowOf(rows, "adazi.clerk.macibas") + ":end");
        pages.click("confirmYes");
        assertThat(pages.messages()).contains("Mācību konts beigts.");
        assertThat(pages.rows("traineeForm:progress"))
                .filteredOn(r -> r.contains("adazi.clerk.macibas"))
                .singleElement()
                .satisfies(r -> assertThat(r)
                        .contains("Konts beigts")
                        .doesNotContain("Mācās", "Beigt mācību kontu")
                        .as("what the trainee did stays shown")
                        .doesNotContain("Reģistrēja lietu: vēl nav"));
        pages.signOut();

        pages.signIn("adazi.clerk.macibas", OWN_PASSWORD);
        assertThat(pages.messages()).contains("Pieteikties neizdevās");
        assertThat(pages.path()).startsWith("login");

        theTrainersPage(pages);
        pages.choose("traineeForm:staff", "Anna Bērziņa (adazi.clerk)");
        pages.click("traineeForm:addTrainee");
        assertThat(pages.text("givenUsername")).isEqualTo("adazi.clerk.macibas");
        String again = pages.text("givenPassword");
        assertThat(pages.rows("traineeForm:progress"))
                .filteredOn(r -> r.contains("adazi.clerk.macibas"))
                .singleElement()
                .satisfies(r -> assertThat(r).contains("Mācās").doesNotContain("Reģistrēja lietu: vēl nav"));
        pages.signOut();
        firstSignIn(pages, "adazi.clerk.macibas", again);
        pages.signOut();
    }

    /** The trainer signed in on the training page: its trainees' rows. */
    private static List<String> theTrainersPage(Pages pages) {
        pages.signIn("adazi.admin", DEMO_PASSWORD);
        pages.open("staff/training");
        return pages.rows("traineeForm:progress");
    }

    /** The index of the trainee's row. */
    private static int rowOf(List<String> rows, String username) {
        for (int row = 0; row < rows.size(); row++) {
            if (rows.get(row).contains(username)) {
                return row;
            }
        }
        throw new AssertionError("no row of " + username + " in " + rows);
    }

    /** A trainee's first sign-in: the temporary password is changed first, then the start page. */
    private static void firstSignIn(Pages pages, String username, String temporaryPassword) {
        pages.signIn(username, temporaryPassword);
        assertThat(pages.path()).startsWith("account/password");
        pages.type("passwordForm:currentPassword", temporaryPassword);
        pages.type("passwordForm:newPassword", OWN_PASSWORD);
        pages.type("passwordForm:repeatedPassword", OWN_PASSWORD);
        pages.submit("passwordForm:change");
        assertThat(pages.heading()).isEqualTo("Sākums");
    }
}
