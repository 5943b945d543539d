package lv.pietura.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What a user sees and does on Pietura's pages, by element ids (stable) rather than by layout. The
 * journeys speak in these terms: sign in, open a menu item, fill a field, choose an option, save.
 */
public class Pages {

    private final Browser browser;
    private final String base;

    public Pages(Browser browser, URL base) {
        this.browser = browser;
        String url = base.toExternalForm();
        this.base = url.endsWith("/") ? url : url + "/";
    }

    public WebDriver driver() {
        return browser.driver();
    }

    public void open(String path) {
        driver().get(base + path);
        browser.ajaxDone();
    }

    public String path() {
        String url = driver().getCurrentUrl();
        return url.startsWith(base) ? url.substring(base.length()) : url;
    }

    public void signIn(String username, String password) {
        if (!path().startsWith("login")) {
            open("login");
        }
        type("signInForm:username", username);
        type("signInForm:password", password);
        submit("signInForm:signIn");
    }

    /**
     * Clicks a button that posts the whole page (no AJAX) and waits for the answer: until the browser has
     * left the page, the old one still reads as loaded, without the answer's messages. (Chromium may report
     * the button's node as gone from the document rather than stale while it navigates.)
     */
    public void submit(String id) {
        WebElement button = browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id(id)));
        button.click();
        browser.waiting().ignoring(WebDriverException.class).until(ExpectedConditions.stalenessOf(button));
        browser.ajaxDone();
    }

    public void signOut() {
        click("signOutForm:signOut");
        browser.waiting().until(d -> path().startsWith("login"));
    }

    public WebElement element(String id) {
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    public boolean present(String id) {
        return !driver().findElements(By.id(id)).isEmpty();
    }

    public String text(String id) {
        return element(id).getText();
    }

    public void type(String id, String text) {
        WebElement input = element(id);
        input.clear();
        input.sendKeys(text);
    }

    /** Types a date into a p:datePicker (its calendar opens only from its button) and moves on. */
    public void date(String id, String text) {
        WebElement input = element(id + "_input");
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text, Keys.TAB);
    }

    public void click(String id) {
        browser.waiting()
                .until(ExpectedConditions.elementToBeClickable(By.id(id)))
                .click();
        browser.ajaxDone();
    }

    /** Chooses an option of a p:selectOneMenu by its visible label, as a user clicks it, and sees it chosen. */
    public void choose(String id, String label) {
        for (int attempt = 0; attempt < 3; attempt++) {
            click(id);
            browser.waiting().until(d -> panelOpen(d, id));
            browser.waiting()
                    .until(ExpectedConditions.elementToBeClickable(
                            By.cssSelector("[id='" + id + "_items'] li[data-label='" + label + "']")))
                    .click();
            browser.ajaxDone();
            if (label.equals(element(id + "_label").getText())) {
                return;
            }
        }
        throw new AssertionError("Could not choose " + label + " in " + id);
    }

    /**
     * Ticks the option of a p:selectCheckboxMenu with {@code filter} in its label as a keyboard user does: opens the
     * list, narrows it by its filter, moves down to the option, ticks it with space and closes the list.
     */
    public void tickInList(String id, String filter, String label) {
        click(id);
        // open once the list has taken the focus to its first option
        browser.waiting()
                .until(d -> panelOpen(d, id)
                        && Boolean.TRUE.equals(((JavascriptExecutor) d)
                                .executeScript(
                                        "return arguments[0].contains(document.activeElement)",
                                        d.findElement(By.id(id + "_panel")))));
        type(id + "_filter", filter);
        element(id + "_filter").sendKeys(Keys.ARROW_DOWN);
        WebElement option = browser.waiting()
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    WebElement focused = d.switchTo().activeElement();
                    return focused.findElement(By.xpath("ancestor::li[1]"))
                                    .getText()
                                    .contains(label)
                            ? focused
                            : null;
                });
        new Actions(driver()).sendKeys(Keys.SPACE).perform();
        assertThat(option.getAttribute("aria-selected")).as(label + " ticked").isEqualTo("true");
        new Actions(driver()).sendKeys(Keys.ESCAPE).perform();
        browser.waiting().until(d -> !d.findElement(By.id(id + "_panel")).isDisplayed());
    }

    /** Whether the overlay list of a PrimeFaces menu is open and its fade-in done. */
    private static boolean panelOpen(WebDriver d, String id) {
        WebElement panel = d.findElement(By.id(id + "_panel"));
        return panel.isDisplayed() && "1".equals(panel.getCssValue("opacity"));
    }

    /**
     * Switches the pages to English ({@code en}) or Latvian ({@code lv}) by the header's link, which posts the whole
     * page and loads it again: waits for the page in that language (its {@code lang}), not the old one, so that
     * nothing after it reads the page being left or forgets the session before the language's cookie is set.
     */
    public void switchLanguage(String tag) {
        click("languageForm:" + ("en".equals(tag) ? "toEnglish" : "toLatvian"));
        browser.waiting()
                .ignoring(StaleElementReferenceException.class)
                .until(d -> tag.equals(d.findElement(By.tagName("html")).getAttribute("lang"))
                        && Boolean.TRUE.equals(
                                ((JavascriptExecutor) d).executeScript("return document.readyState === 'complete'")));
    }

    /** Types into a p:inputNumber, replacing what it held. */
    public void number(String id, String text) {
        WebElement input = element(id + "_input");
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text, Keys.TAB);
    }

    /** Ticks a p:selectBooleanCheckbox. */
    public void check(String id) {
        browser.waiting()
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id='" + id + "'] .ui-chkbox-box")))
                .click();
    }

    /** Opens a tab of a p:tabView by the tab's id. */
    public void tab(String tabClientId) {
        browser.waiting()
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[href='#" + tabClientId + "']")))
                .click();
        browser.ajaxDone();
    }

    /** Ticks a p:selectManyCheckbox option by its visible label. */
    public void tick(String id, String label) {
        List<WebElement> labels = element(id).findElements(By.tagName("label"));
        labels.stream()
                .filter(l -> l.getText().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No option " + label + " in " + id))
                .click();
    }

    /** Waits for the dialog, and checks the page with it open against WCAG 2.1 A/AA (axe-core). */
    public void dialogShown(String id) {
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        browser.ajaxDone();
        // colours are measured once the dialog's fade and the opener's return from disabled have finished
        browser.waiting()
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                        .executeScript("return document.getAnimations().every(a => a.playState !== 'running');")));
        assertThat(Axe.violations(driver()))
                .as("WCAG 2.1 A/AA with dialog " + id + " open")
                .isEmpty();
    }

    public void dialogClosed(String id) {
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id(id)));
    }

    /** The texts of the page's messages (global and beside fields). */
    public String messages() {
        return String.join(
                " | ",
                driver()
                        .findElements(By.cssSelector(
                                ".ui-messages li, .ui-message .ui-message-error-detail, " + ".ui-message"))
                        .stream()
                        .map(WebElement::getText)
                        .filter(t -> !t.isBlank())
                        .toList());
    }

    public String heading() {
        return text("pageTitle");
    }

    public String body() {
        return driver().findElement(By.tagName("body")).getText();
    }

    /** Finds a case by its number in the caller's list of all cases and opens it. */
    public void openCase(String number) {
        open("cases/list?list=all");
        type("searchForm:text", number);
        click("searchForm:search");
        browser.waiting()
                .ignoring(StaleElementReferenceException.class)
                .until(d -> rows("listForm:table").stream().anyMatch(r -> r.contains(number)));
        driver().findElement(By.linkText(number)).click();
        browser.ajaxDone();
    }

    public void assertNoStackTrace() {
        assertThat(driver().getPageSource())
                .doesNotContain("java.lang.", "at org.", "at lv.pietura", "Caused by", "Stacktrace");
    }

    /**
     * Rows of a p:dataTable as their visible text; read again when the table was rendered anew while it was read (a
     * poll that updates it).
     */
    public List<String> rows(String tableId) {
        for (int attempt = 1; ; attempt++) {
            try {
                return element(tableId).findElements(By.cssSelector("tbody tr")).stream()
                        .map(WebElement::getText)
                        .toList();
            } catch (org.openqa.selenium.StaleElementReferenceException renderedAnew) {
                if (attempt == 3) {
                    throw renderedAnew;
                }
            }
        }
    }

    /** Picks a file for a p:fileUpload ({@code inputId} is its {@code _input}), as a user chooses it. */
    public void upload(String inputId, String name, byte[] content) {
        Path file = browser.fileToUpload(name, content);
        // the input itself is hidden behind PrimeFaces' button: found, not waited for as visible
        browser.driver()
                .findElement(org.openqa.selenium.By.id(inputId))
                .sendKeys(file.toAbsolutePath().toString());
    }

    /** A small PDF that names itself, so that files of different names differ. */
    public static byte[] pdf(String name) {
        return ("%PDF-1.4\n% " + name + "\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]"
                        + "/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * Completes the case on the page, taken by the user: the result type and note, a decision PDF, and the
     * confirmation, as the complete dialog asks for them.
     */
    public void completeCase(String resultType, String note, String decision) {
        completeCase(resultType, note, decision, false);
    }

    /** The same, with the result sealed by the institution's e-seal when {@code sealed}. */
    public void completeCase(String resultType, String note, String decision, boolean sealed) {
        click("caseForm:complete");
        dialogShown("completeDialog");
        choose("completeForm:resultType", resultType);
        type("completeForm:resultNote", note);
        upload("completeForm:file_input", decision, pdf(decision));
        browser.waiting()
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> text("completeForm:resultDocuments").contains(decision));
        if (sealed) {
            check("completeForm:seal");
            browser.ajaxDone();
        }
        click("completeForm:save");
        click("confirmYes");
        dialogClosed("completeDialog");
    }

    /**
     * Opens the message in the signed-in holder's mailbox with this subject whose text holds {@code text}, waiting
     * until it has arrived: the mailbox may hold others of the same subject (other journeys' results).
     */
    public void openMyMessage(String subject, String text) {
        browser.waiting().until(d -> {
            open("my/mailbox");
            List<String> messages = driver().findElements(By.linkText(subject)).stream()
                    .map(link -> link.getAttribute("href"))
                    .toList();
            for (String message : messages) {
                driver().get(message);
                if (text("body").contains(text)) {
                    return true;
                }
            }
            return false;
        });
    }
}
