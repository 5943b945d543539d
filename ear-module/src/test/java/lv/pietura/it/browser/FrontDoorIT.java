package lv.pietura.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;

/**
 * The public front door at the application's own address: a visitor finds a service, a centre with its opening
 * hours (breaks included) and the services offered there, the way to their own mailbox, and the staff sign-in.
 */
class FrontDoorIT extends BrowserJourney {

    private static final String CENTRES = "centresForm:centreTable";

    @Test
    void aVisitorFindsACentreWithItsHoursAndTheServicesOfferedThere() {
        Pages pages = pages();
        browser.forgetSession();
        pages.open("");
        assertThat(pages.path())
                .as("the front door answers at the application's address")
                .isEmpty();
        assertThat(pages.heading()).isEqualTo("Valsts un pašvaldību pakalpojumi vienuviet");
        assertThat(pages.rows(CENTRES)).hasSizeGreaterThanOrEqualTo(4);

        pages.type(CENTRES + ":globalFilter", "Ādažu novada VPVKAC");
        browser.waiting()
                .ignoring(StaleElementReferenceException.class)
                .until(d -> pages.rows(CENTRES).size() == 1);
        browser.ajaxDone();
        String adazi = pages.rows(CENTRES).get(0);
        assertThat(adazi)
                .contains("Ādažu novada VPVKAC", "Gaujas iela 33A")
                .contains("pirmdiena–ceturtdiena 08:00–12:00, 12:30–17:00")
                .contains("piektdiena 08:00–12:00, 12:30–16:00");

        pages.driver()
                .findElement(By.id(CENTRES))
                .findElement(By.linkText("Pakalpojumi šajā centrā"))
                .click();
        browser.ajaxDone();
        assertThat(pages.path()).startsWith("catalogue");
        assertThat(pages.text("searchForm:centre_label")).isEqualTo("Ādažu novada VPVKAC");
        List<String> offered = pages.rows("listForm:table");
        assertThat(offered).isNotEmpty().noneMatch(r -> r.contains("Nav atrasts"));
    }

    @Test
    void aVisitorSearchesTheCatalogueAndOpensTheirMailboxFromTheFrontDoor() {
        Pages pages = pages();
        browser.forgetSession();
        pages.open("");
        pages.type("q", "dzīvesvietu");
        pages.submit("searchServices");
        assertThat(pages.path()).startsWith("catalogue");
        assertThat(pages.rows("listForm:table")).anyMatch(r -> r.contains("Izziņa par deklarēto dzīvesvietu"));

        pages.open("");
        pages.click("toMailbox");
        assertThat(pages.path()).as("the mailbox asks who you are").startsWith("login");
        pages.signIn("010190-12349", DEMO_PASSWORD);
        browser.waiting().until(d -> pages.path().startsWith("my/mailbox"));

        browser.forgetSession();
        pages.open("");
        pages.switchLanguage("en");
        assertThat(pages.heading()).isEqualTo("State and municipal services in one place");
        assertThat(pages.rows(CENTRES)).anyMatch(r -> r.contains("Monday–Thursday"));
    }

    @Test
    void aStaffMemberSignedInGoesOnToTheirStartPage() {
        Pages pages = pages();
        browser.forgetSession();
        pages.open("");
        pages.click("staffSignIn");
        assertThat(pages.path()).isEqualTo("login");
        pages.signIn("adazi.clerk", DEMO_PASSWORD);
        assertThat(pages.path()).isEqualTo("home");
        pages.open("");
        assertThat(pages.path()).isEqualTo("home");
        assertThat(pages.heading()).isEqualTo("Sākums");
    }
}
