package lv.pietura.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Signing in with each demo role (README.md lists them), being refused, being locked out, and the
 * language of the pages. The demo accounts exist because the tests run on the embedded database.
 */
class SignInJourneyIT extends BrowserJourney {

    Pages pages;

    @BeforeEach
    void aNewVisitor() {
        pages = pages();
        browser.forgetSession();
        pages.open("login");
    }

    @AfterEach
    void noStackTraceEverShows() {
        pages.assertNoStackTrace();
    }

    @ParameterizedTest(name = "{0} signs in as {1}")
    @CsvSource({
        "admin,        Platformas administrators, true,  true,  Viedās administrācijas un reģionālās attīstības ministrija",
        "ministrija,   Uzraugošā ministrija,      false, false, Viedās administrācijas un reģionālās attīstības ministrija",
        "vsaa.admin,   Iestādes administrators,   false, true,  Valsts sociālās apdrošināšanas aģentūra",
        "vsaa.manager, Pakalpojumu pārvaldnieks,  false, false, Valsts sociālās apdrošināšanas aģentūra",
        "vsaa.specialist, Speciālists,            false, false, Valsts sociālās apdrošināšanas aģentūra",
        "adazi.clerk,  Klientu konsultants,       false, false, Ādažu novada pašvaldība"
    })
    void eachRoleSignsInToItsOwnHomePageAndMenu(
            String username, String role, boolean platformMenu, boolean staffMenu, String institution) {
        pages.open("");
        assertThat(pages.heading())
                .as("the front door, open to everyone")
                .isEqualTo("Valsts un pašvaldību pakalpojumi vienuviet");
        pages.click("staffSignIn");
        assertThat(pages.path()).as("the staff sign-in keeps its address").isEqualTo("login");
        pages.signIn(username, DEMO_PASSWORD);

        assertThat(pages.heading()).isEqualTo("Sākums");
        assertThat(pages.text("myRoles")).isEqualTo(role);
        assertThat(pages.text("myInstitution")).isEqualTo(institution);
        assertThat(pages.present("menuForm:institutions")).isEqualTo(platformMenu);
        assertThat(pages.present("menuForm:staff")).isEqualTo(staffMenu);
        assertThat(pages.present("menuForm:profile")).isTrue();
        if ("adazi.clerk".equals(username)) {
            assertThat(pages.text("centreCard"))
                    .contains("Ādažu novada VPVKAC", "Gaujas iela 33A", "pirmdiena 08:00–12:00");
        }
        pages.signOut();
        assertThat(pages.text("signInForm:signedOut")).isEqualTo("Jūs esat izgājis no sistēmas.");
        pages.open("account/profile");
        assertThat(pages.path()).as("signed out means signed out").startsWith("login");
    }

    @Test
    void aProtectedPageAsksToSignInAndThenOpens() {
        pages.open("admin/centres");
        assertThat(pages.path()).startsWith("login");
        pages.signIn("admin", DEMO_PASSWORD);
        assertThat(pages.path()).startsWith("admin/centres");
        assertThat(pages.heading()).isEqualTo("Klientu apkalpošanas centri");
    }

    @Test
    void whenTheSessionHasEndedTheNextClickLeadsToSignInAndBack() {
        pages.signIn("vsaa.admin", DEMO_PASSWORD);
        pages.open("staff/accounts");
        browser.forgetSession();
        pages.click("searchForm:search");
        browser.waiting().until(d -> pages.path().startsWith("login"));
        pages.signIn("vsaa.admin", DEMO_PASSWORD);
        assertThat(pages.heading()).isEqualTo("Darbinieki");
    }

    /** The one answer to every refused sign-in: it tells nobody whether the account exists or why it failed. */
    private static final String REFUSED =
            "Pieteikties neizdevās: nepareizs lietotājvārds vai parole, vai arī konts" + " pašlaik nevar pieteikties";

    @Test
    void aWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() {
        pages.signIn("vsaa.specialist", "nepareiza-parole-123");
        assertThat(pages.messages()).contains(REFUSED);
        pages.signIn("nav.tada.lietotaja", "nepareiza-parole-123");
        assertThat(pages.messages()).contains(REFUSED);
        assertThat(pages.path()).startsWith("login");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountWithoutSayingSo() {
        // cesis.clerk is used by no other test.
        for (int i = 0; i < 5; i++) {
            pages.signIn("cesis.clerk", "nepareiza-parole-" + i);
        }
        assertThat(pages.messages()).contains(REFUSED);
        pages.signIn("cesis.clerk", DEMO_PASSWORD);
        assertThat(pages.messages())
                .as("the right password no longer helps, and nothing tells a guesser so")
                .contains(REFUSED);
        assertThat(pages.path()).startsWith("login");

        // an administrator lifts the lock (and leaves the demo account usable for the tests after this one)
        pages.signIn("admin", DEMO_PASSWORD);
        pages.open("staff/accounts");
        pages.type("searchForm:text", "cesis.clerk");
        pages.click("searchForm:search");
        pages.click("listForm:table:0:unlock");
        browser.forgetSession();
        pages.signIn("cesis.clerk", DEMO_PASSWORD);
        assertThat(pages.path()).as("signed in again").doesNotStartWith("login");
    }

    @Test
    void staffOfAnInstitutionWithoutAValidAgreementAreTurnedAway() {
        pages.signIn("livani.clerk", DEMO_PASSWORD);
        assertThat(pages.messages()).contains(REFUSED);
        assertThat(pages.path()).startsWith("login");
    }

    @Test
    void anEServicePortalsAccountIsForTheApiOnly() {
        pages.signIn("latvija.portals", DEMO_PASSWORD);
        assertThat(pages.messages()).contains("paredzēts e-pakalpojumu portāla savienojumam ar API");
        pages.open("home");
        assertThat(pages.path()).as("not signed in").startsWith("login");
    }

    @Test
    void emptyFieldsAreExplainedInLatvian() {
        pages.open("login");
        pages.submit("signInForm:signIn"); // the form posts the whole page: wait for the answer, not the old page
        assertThat(pages.messages()).contains("Lietotājvārds: obligāts lauks.", "Parole: obligāts lauks.");
    }

    @Test
    void thePagesSwitchToEnglishAndBack() {
        pages.open("login");
        assertThat(pages.heading()).isEqualTo("Pieteikties");
        pages.switchLanguage("en");
        assertThat(pages.heading()).isEqualTo("Sign in");
        pages.signIn("vsaa.admin", DEMO_PASSWORD);
        assertThat(pages.heading()).isEqualTo("Home");
        assertThat(pages.text("myRoles")).isEqualTo("Institution administrator");
        pages.open("staff/accounts");
        assertThat(pages.heading()).isEqualTo("Staff");
        pages.switchLanguage("lv");
        assertThat(pages.heading()).isEqualTo("Darbinieki");
        assertThat(pages.path()).startsWith("staff/accounts");
    }
}
