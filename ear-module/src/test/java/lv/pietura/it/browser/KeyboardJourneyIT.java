package lv.pietura.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * With the keyboard alone (Tab, Shift+Tab, Enter, arrows, Escape): sign in, skip to the content, reach a page
 * through the menu, open a dialog, stay inside it and close it with Escape, focus coming back to where it was;
 * and the main journeys: register an application with a file, work it to completion, send an e-address message
 * with a file and read it, filter the dashboard and export it. Wherever focus lands, it shows. The one step that
 * is not the page's is the system's file dialog: the chooser is reached and shown by keyboard, the file given.
 */
class KeyboardJourneyIT extends BrowserJourney {

    private static final int MOST_TABS = 60;

    @Test
    void aServiceManagerSignsInReachesTheServicesAndOpensAndClosesTheNewServiceDialogByKeyboard() {
        Pages pages = pages();
        browser.forgetSession();
        pages.open("login");

        tabTo("signInForm:username").sendKeys("vsaa.manager");
        press(Keys.TAB);
        assertThat(focused().getAttribute("id")).isEqualTo("signInForm:password");
        focused().sendKeys(BrowserJourney.DEMO_PASSWORD);
        press(Keys.ENTER);
        browser.waiting().until(d -> !pages.path().startsWith("login"));
        browser.ajaxDone();

        press(Keys.TAB);
        assertThat(focused().getAttribute("class"))
                .as("the first stop is the skip link")
                .contains("skip-link");
        assertThat(focused().isDisplayed()).isTrue();
        press(Keys.ENTER);
        assertThat(focused().getAttribute("id"))
                .as("skipping lands on the content")
                .isEqualTo("main");

        tabTo("menuForm:myServices");
        assertShowsFocus(focused());
        press(Keys.ENTER);
        browser.waiting().until(d -> pages.path().startsWith("services/list"));
        browser.ajaxDone();

        WebElement opener = tabTo("searchForm:new");
        assertShowsFocus(opener);
        press(Keys.ENTER);
        pages.dialogShown("newDialog");
        browser.waiting().until(d -> inside("newDialog", focused()));
        for (int i = 0; i < 12; i++) {
            press(Keys.TAB);
            assertThat(inside("newDialog", focused()))
                    .as("Tab stays inside the open dialog")
                    .isTrue();
        }
        new Actions(pages.driver())
                .keyDown(Keys.SHIFT)
                .sendKeys(Keys.TAB)
                .keyUp(Keys.SHIFT)
                .perform();
        assertThat(inside("newDialog", focused())).as("and so does Shift+Tab").isTrue();
        press(Keys.ESCAPE);
        pages.dialogClosed("newDialog");
        browser.waiting().until(d -> "searchForm:new".equals(focused().getAttribute("id")));
    }

    @Test
    void aClerkRegistersAnApplicationWithAFileAndTheHoldersSpecialistCompletesItByKeyboard() {
        Pages pages = pages();
        signInByKeyboard(pages, "adazi.clerk");
        tabTo("menuForm:registerCase");
        press(Keys.ENTER);
        browser.waiting().until(d -> pages.path().startsWith("cases/register"));
        browser.ajaxDone();

        tabTo("registerForm:clientCode");
        type("010190-12349");
        tabTo("registerForm:clientName");
        type("Anna Ozola");
        tabTo("registerForm:serviceText");
        type("deklarēto dzīvesvietu");
        press(Keys.ENTER);
        browser.ajaxDone();
        tabTo("registerForm:services:0:choose");
        press(Keys.ENTER);
        browser.ajaxDone();
        browser.waiting().until(d -> pages.present("chosenServiceName"));
        assertThat(pages.text("chosenServiceName")).isEqualTo("Izziņa par deklarēto dzīvesvietu");

        tabTo("registerForm:type:0");
        press(Keys.ARROW_RIGHT);
        browser.ajaxDone();
        browser.waiting()
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("registerForm:type:1")).isSelected());
        assertThat(focused().getAttribute("id"))
                .as("focus stays on the choice after the card is redrawn")
                .startsWith("registerForm:type");
        tabTo("registerForm:intakeFields:0:value");
        type("010190-12349");

        WebElement chooser = tabUntil(
                "the file chooser", e -> String.valueOf(e.getAttribute("class")).contains("ui-fileupload-choose"));
        assertShowsFocus(chooser);
        // Enter opens the system's file dialog, which is not the page's: the file it answers is given here
        pages.upload("registerForm:file_input", "iesniegums.pdf", Pages.pdf("iesniegums.pdf"));
        browser.waiting()
                .ignoring(StaleElementReferenceException.class)
                .until(d ->
                        String.join(" ", pages.rows("registerForm:attachments")).contains("iesniegums.pdf"));

        tabTo("registerForm:register");
        press(Keys.ENTER);
        browser.waiting().until(d -> pages.path().startsWith("cases/case"));
        String number = pages.heading().replace("Lieta ", "");
        assertThat(pages.rows("documentsForm:documents")).anyMatch(r -> r.contains("iesniegums.pdf"));

        signInByKeyboard(pages, "adazi.specialist");
        tabTo("menuForm:caseList");
        press(Keys.ENTER);
        browser.waiting().until(d -> pages.path().startsWith("cases/list"));
        tabTo("searchForm:text");
        type(number);
        press(Keys.ENTER);
        browser.waiting()
                .ignoring(StaleElementReferenceException.class)
                .until(d -> pages.rows("listForm:table").stream().anyMatch(r -> r.contains(number)));
        tabUntil("the case's link", e -> "a".equals(e.getTagName()) && number.equals(e.getText()));
        press(Keys.ENTER);
        browser.waiting().until(d -> pages.path().startsWith("cases/case"));
        browser.ajaxDone();

        tabTo("caseForm:take");
        press(Keys.ENTER);
        browser.ajaxDone();
        browser.waiting().until(d -> pages.text("caseForm:state").equals("Izskatīšanā"));
        tabTo("caseForm:complete");
        press(Keys.ENTER);
        pages.dialogShown("completeDialog");
        tabTo("completeForm:resultType_label");
        press(Keys.ARROW_DOWN);
        browser.ajaxDone();
        assertThat(pages.text("completeForm:resultType_label")).isEqualTo("Izziņa izsniegta");
        tabTo("completeForm:resultNote");
        type("Izziņa izsniegta klātienē.");
        tabUntil(
                "the dialog's file chooser",
                e -> String.valueOf(e.getAttribute("class")).contains("ui-fileupload-choose"));
        pages.upload("completeForm:file_input", "izzina.pdf", Pages.pdf("izzina.pdf"));
        browser.waiting()
                .ignoring(StaleElementReferenceException.class)
                .until(d -> pages.text("completeForm:resultDocuments").contains("izzina.pdf"));
        tabTo("completeForm:save");
        press(Keys.ENTER);
        browser.ajaxDone();
        browser.waiting().until(d -> "confirmYes".equals(focused().getAttribute("id")) || pages.present("confirmYes"));
        tabTo("confirmYes");
        press(Keys.ENTER);
        pages.dialogClosed("completeDialog");
        browser.waiting().until(d -> pages.text("caseForm:state").equals("Pabeigta"));
        assertThat(pages.messages()).contains("Lieta " + number + " pabeigta.");
    }

    @Test
    void aClerkSendsAnEAddressMessageWithAFileAndTheAgencyReadsItByKeyboard() {
        Pages pages = pages();
        String subject = "Tastatūras ziņa " + System.nanoTime();
        signInByKeyboard(pages, "adazi.clerk");
        tabTo("menuForm:composeMessage");
        press(Keys.ENTER);
        browser.waiting().until(d -> pages.path().startsWith("eaddress/compose"));
        browser.ajaxDone();

        tabTo("composeForm:query");
        type("sociālās apdrošināšanas");
        tabTo("composeForm:search");
        press(Keys.ENTER);
        browser.ajaxDone();
        tabTo("composeForm:found:0:add");
        press(Keys.ENTER);
        browser.ajaxDone();
        tabTo("composeForm:subject");
        type(subject);
        tabTo("composeForm:body");
        type("Ziņa, uzrakstīta tikai ar tastatūru.");
        tabUntil(
                "the file chooser", e -> String.valueOf(e.getAttribute("class")).contains("ui-fileupload-choose"));
        pages.upload("composeForm:file_input", "pielikums.pdf", Pages.pdf("pielikums.pdf"));
        browser.waiting()
                .ignoring(StaleElementReferenceException.class)
                .until(d -> String.join(" ", pages.rows("composeForm:attached")).contains("pielikums.pdf"));
        tabTo("composeForm:send");
        press(Keys.ENTER);
        browser.waiting().until(d -> pages.path().startsWith("eaddress/message"));
        assertThat(pages.heading()).isEqualTo(subject);

        signInByKeyboard(pages, "vsaa.specialist");
        tabTo("menuForm:inbox");
        press(Keys.ENTER);
        browser.waiting().until(d -> pages.path().startsWith("eaddress/mailbox"));
        browser.ajaxDone();
        // delivery runs in the background: until the message is there, look again
        browser.waiting()
                .until(d -> pages.rows("listForm:table").stream().anyMatch(r -> r.contains(subject))
                        || reload(pages, "eaddress/mailbox"));
        tabUntil("the message's link", e -> "a".equals(e.getTagName()) && subject.equals(e.getText()));
        press(Keys.ENTER);
        browser.waiting().until(d -> pages.path().startsWith("eaddress/message"));
        assertThat(pages.heading()).isEqualTo(subject);
        assertThat(pages.rows("filesForm:files")).anyMatch(r -> r.contains("pielikums.pdf"));
    }

    @Test
    void theMinistryFiltersTheDashboardAndExportsItsFiguresByKeyboard() throws Exception {
        Pages pages = pages();
        signInByKeyboard(pages, "ministrija");
        tabTo("menuForm:kpiDashboard");
        press(Keys.ENTER);
        browser.waiting().until(d -> pages.path().startsWith("kpi/dashboard"));
        browser.ajaxDone();
        // the figures are built when the demo data is loaded, in the background: until then, look again
        browser.waiting().until(d -> pages.text("scope").contains("aprēķināti līdz") || reload(pages, "kpi/dashboard"));

        tabTo("kpiForm:channel_label");
        for (int i = 0; i < 10 && !"Klātienē centrā".equals(pages.text("kpiForm:channel_label")); i++) {
            press(Keys.ARROW_DOWN);
        }
        assertThat(pages.text("kpiForm:channel_label")).isEqualTo("Klātienē centrā");
        tabTo("kpiForm:show");
        press(Keys.ENTER);
        browser.ajaxDone();
        browser.waiting()
                .ignoring(StaleElementReferenceException.class)
                .until(d -> pages.rows("kpiForm:channels").size() == 1);
        assertThat(pages.rows("kpiForm:channels")).singleElement().asString().startsWith("Klātienē centrā");

        tabTo("kpiForm:servicesXlsx");
        press(Keys.ENTER);
        assertThat(browser.downloaded("pietura-services.xlsx")).isNotEmptyFile();
    }

    @Test
    void aFormsErrorsAreTiedToTheirFieldsAndFocusGoesToTheFirstOfThem() {
        Pages pages = pages();
        browser.forgetSession();
        pages.open("login");
        tabTo("signInForm:username");
        press(Keys.ENTER);
        // the page is answered anew: until it is there, the old one's elements may be asked about and be gone
        browser.waiting()
                .ignoring(WebDriverException.class)
                .until(d -> "true".equals(focused().getAttribute("aria-invalid")));
        assertThat(focused().getAttribute("id"))
                .as("after a page that failed validation, focus is on the first field to mend")
                .isEqualTo("signInForm:username");
        assertThat(describedBy(focused())).contains("Lietotājvārds: obligāts lauks.");

        signInByKeyboard(pages, "adazi.clerk");
        pages.open("cases/register");
        tabTo("registerForm:register");
        press(Keys.ENTER);
        browser.ajaxDone();
        browser.waiting()
                .ignoring(WebDriverException.class)
                .until(d -> "registerForm:clientCode".equals(focused().getAttribute("id")));
        assertThat(describedBy(focused()))
                .as("the field's own message, read out with it")
                .contains("obligāts lauks");
    }

    /** The text of what an element's aria-describedby names, as a screen reader reads it after the field. */
    private String describedBy(WebElement field) {
        String ids = field.getAttribute("aria-describedby");
        assertThat(ids)
                .as(field.getAttribute("id") + " is described by its error")
                .isNotBlank();
        StringBuilder text = new StringBuilder();
        for (String id : ids.trim().split("\\s+")) {
            text.append(browser.driver().findElement(By.id(id)).getText()).append(' ');
        }
        return text.toString();
    }

    /** Signs in with the keyboard: Tab to the user name, type, Tab to the password, type, Enter. */
    private void signInByKeyboard(Pages pages, String username) {
        browser.forgetSession();
        pages.open("login");
        tabTo("signInForm:username").sendKeys(username);
        press(Keys.TAB);
        focused().sendKeys(BrowserJourney.DEMO_PASSWORD);
        press(Keys.ENTER);
        browser.waiting().until(d -> !pages.path().startsWith("login"));
        browser.ajaxDone();
    }

    /** Opens the page again (what a user does to see what arrived meanwhile); never the condition awaited. */
    private boolean reload(Pages pages, String path) {
        pages.open(path);
        return false;
    }

    private void type(String text) {
        focused().sendKeys(text);
    }

    /** Presses Tab until focus is on what {@code wanted} recognises, as a keyboard user would. */
    private WebElement tabUntil(String what, java.util.function.Predicate<WebElement> wanted) {
        for (int i = 0; i < MOST_TABS; i++) {
            if (wanted.test(focused())) {
                return focused();
            }
            press(Keys.TAB);
        }
        throw new AssertionError(what + " not reached with " + MOST_TABS + " presses of Tab");
    }

    private WebElement focused() {
        return browser.driver().switchTo().activeElement();
    }

    private void press(CharSequence key) {
        new Actions(browser.driver()).sendKeys(key).perform();
    }

    /** Presses Tab until the element of {@code id} has focus, as a keyboard user would. */
    private WebElement tabTo(String id) {
        for (int i = 0; i < MOST_TABS; i++) {
            if (id.equals(((JavascriptExecutor) browser.driver()).executeScript("return document.activeElement.id;"))) {
                return focused();
            }
            press(Keys.TAB);
        }
        throw new AssertionError(id + " not reached with " + MOST_TABS + " presses of Tab");
    }

    private boolean inside(String dialogId, WebElement element) {
        return (Boolean) ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "return document.getElementById(arguments[0]).contains(arguments[1]);", dialogId, element);
    }

    /** A visible focus indicator (WCAG 2.4.7): an outline or a ring of shadow. */
    private void assertShowsFocus(WebElement element) {
        String outline = element.getCssValue("outline-style");
        String shadow = element.getCssValue("box-shadow");
        assertThat(!"none".equals(outline) || !"none".equals(shadow))
                .as(element.getAttribute("id") + " shows that it has focus (outline " + outline + ", shadow " + shadow
                        + ")")
                .isTrue();
    }
}
