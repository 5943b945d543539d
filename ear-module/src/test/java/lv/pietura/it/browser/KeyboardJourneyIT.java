package lv.pietura.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * With the keyboard alone (Tab, Shift+Tab, Enter, Escape): sign in, skip to the content, reach a page through
 * the menu, open a dialog, stay inside it and close it with Escape, focus coming back to where it was; and
 * wherever focus lands, it shows.
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

    private WebElement focused() {
        return browser.driver().switchTo().activeElement();
    }

    private void press(CharSequence key) {
        new Actions(browser.driver()).sendKeys(key).perform();
    }

    /** Presses Tab until the element of {@code id} has focus, as a keyboard user would. */
    private WebElement tabTo(String id) {
        for (int i = 0; i < MOST_TABS; i++) {
            if (id.equals(focused().getAttribute("id"))) {
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
