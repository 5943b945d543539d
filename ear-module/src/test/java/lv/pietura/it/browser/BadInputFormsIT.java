package lv.pietura.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lv.pietura.it.support.BadInputs;
import lv.pietura.it.support.ServerLog;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The bad-input corpus ({@link BadInputs}) through the forms people type into, in Chromium: every script, markup
 * and expression fragment of it into every text field of every form (a round puts a different one into each field,
 * in turn), and the rest of the corpus spread over the forms so that each of its inputs goes through a form.
 * After every submission the browser is asked whether any of it ran ({@code window.__pwned}), and the page must be
 * no server fault, show no stack trace and no missing text, and keep the view usable.
 */
class BadInputFormsIT extends BrowserJourney {

    /**
     * A form: who fills it in, where, which text fields (client ids), what submits it, and whether that button
     * posts the whole page (not Ajax).
     */
    private record Form(String user, String page, List<String> fields, String submit, boolean fullPost) {

        Form(String user, String page, List<String> fields, String submit) {
            this(user, page, fields, submit, false);
        }
    }

    private static final List<Form> FORMS = List.of(
            new Form("vsaa.specialist", "account/profile", List.of("contactForm:fullName", "contactForm:email"),
                    "contactForm:save"),
            new Form("vsaa.specialist", "account/password", List.of("passwordForm:currentPassword",
                    "passwordForm:newPassword", "passwordForm:repeatedPassword"), "passwordForm:change", true),
            new Form("adazi.clerk", "cases/register", List.of("registerForm:clientCode", "registerForm:clientName",
                    "registerForm:clientEmail", "registerForm:clientPhone", "registerForm:serviceText"),
                    "registerForm:searchServices"),
            new Form("adazi.clerk", "cases/client", List.of("clientForm:clientCode"), "clientForm:show"),
            new Form("vsaa.specialist", "cases/list", List.of("searchForm:text", "searchForm:serviceCode"),
                    "searchForm:search"),
            new Form("vsaa.specialist", "catalogue/index", List.of("searchForm:text"), "searchForm:search"),
            new Form("adazi.clerk", "eaddress/mailbox", List.of("searchForm:text"), "searchForm:search"),
            new Form("adazi.clerk", "eaddress/compose", List.of("composeForm:query", "composeForm:subject",
                    "composeForm:body"), "composeForm:send"),
            new Form("vsaa.admin", "audit/events", List.of("searchForm:actor", "searchForm:entityId", "searchForm:subject"),
                    "searchForm:search"),
            new Form("vsaa.admin", "staff/accounts", List.of("staffForm:username", "staffForm:fullName",
                    "staffForm:email"), "staffForm:save"),
            new Form("vsaa.manager", "services/list", List.of("newForm:code", "newForm:nameLv", "newForm:nameEn"),
                    "newForm:create"),
            new Form("010190-12349", "my/compose", List.of("composeForm:query", "composeForm:subject", "composeForm:body"),
                    "composeForm:send"));

    private static final String FILL_AND_SUBMIT = """
            const [values, submit, done] = [arguments[0], arguments[1], arguments[arguments.length - 1]];
            for (const [id, value] of Object.entries(values)) {
                const field = document.getElementById(id);
                if (!field) { done('no field ' + id); return; }
                field.value = value;
                field.dispatchEvent(new Event('input', {bubbles: true}));
                field.dispatchEvent(new Event('change', {bubbles: true}));
            }
            const button = document.getElementById(submit);
            if (!button) { done('no button ' + submit); return; }
            button.click();
            const started = Date.now();
            const wait = () => {
                const busy = window.jQuery && (jQuery.active > 0 || (window.PrimeFaces && !PrimeFaces.ajax.Queue.isEmpty()));
                if (busy && Date.now() - started < 20000) { setTimeout(wait, 20); return; }
                done('');
            };
            setTimeout(wait, 20);
            """;

    @Test
    void theCorpusThroughEveryFormRunsNoScriptAndFaultsNothing() {
        List<String> corpus = BadInputs.corpus();
        List<String> scripts = BadInputs.scripts();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(500);
        Pages pages = pages();
        List<String> wrong = new ArrayList<>();
        String signedIn = null;
        // the rest of the corpus, shared out by the number of fields: a form of five fields takes five inputs a round
        List<String> rest = corpus.stream().filter(input -> !scripts.contains(input)).toList();
        int fields = FORMS.stream().mapToInt(f -> f.fields().size()).sum();
        int spread = 0;
        for (int index = 0; index < FORMS.size(); index++) {
            Form form = FORMS.get(index);
            if (!form.user().equals(signedIn)) {
                browser.forgetSession();
                pages.signIn(form.user(), DEMO_PASSWORD);
                signedIn = form.user();
            }
            int share = index == FORMS.size() - 1 ? rest.size() - spread
                    : Math.min(rest.size() - spread, rest.size() * form.fields().size() / fields);
            List<String> mine = rest.subList(spread, spread + share);
            spread += share;
            int rounds = scripts.size() + (share + form.fields().size() - 1) / form.fields().size();
            pages.open(form.page());
            Map<String, String> original = values(form);
            for (int round = 0; round < rounds; round++) {
                Map<String, String> values = new java.util.LinkedHashMap<>();
                for (int f = 0; f < form.fields().size(); f++) {
                    if (round < scripts.size()) {
                        values.put(form.fields().get(f), scripts.get((round + f * 7) % scripts.size()));
                    } else {
                        int at = (round - scripts.size()) * form.fields().size() + f;
                        values.put(form.fields().get(f), mine.isEmpty() ? "" : mine.get(at % mine.size()));
                    }
                }
                String problem = form.fullPost() ? post(values, form.submit()) : submit(values, form.submit());
                String where = form.page() + " " + values.values().stream().map(BadInputFormsIT::shorten).toList();
                if (!problem.isEmpty()) {
                    wrong.add(problem + " on " + where + "; the server logged: " + ServerLog.lastError());
                    pages.open(form.page());
                    continue;
                }
                String state = (String) js().executeScript("""
                        const text = document.body ? document.body.innerText : '';
                        return (window.__pwned ? 'SCRIPT RAN ' : '')
                            + (document.getElementById('errorText') && /500|kļūda|error/i.test(document.title) ? 'FAULT PAGE ' : '')
                            + (text.includes('???') ? 'MISSING TEXT ' : '')
                            + (/Exception|\\.java:\\d+|at lv\\.pietura/.test(text) ? 'STACK TRACE ' : '');
                        """);
                if (!state.isEmpty()) {
                    wrong.add(state + "on " + where
                            + (state.contains("FAULT") ? "; the server logged: " + ServerLog.lastError() : ""));
                    js().executeScript("window.__pwned = undefined;");
                }
                if (!pages.path().startsWith(form.page()) || pages.present("errorText")) {
                    pages.open(form.page()); // a new page after a success, or the error page: start the form again
                }
            }
            if (form.page().equals("account/profile")) {
                pages.open(form.page());
                submit(original, form.submit()); // what a round may have saved, put back for the other tests
            }
        }
        assertThat(spread + scripts.size()).as("every input of the corpus went through a form").isEqualTo(corpus.size());
        assertThat(wrong).as("scripts that ran, faults, missing texts").isEmpty();
    }

    /** The form's fields as they are now. */
    private Map<String, String> values(Form form) {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        for (String field : form.fields()) {
            Object value = js().executeScript("const f = document.getElementById(arguments[0]); return f ? f.value : null;",
                    field);
            values.put(field, value == null ? "" : value.toString());
        }
        return values;
    }

    /** Fills the form and presses a button that posts the whole page; back when the next page has loaded. */
    private String post(Map<String, String> values, String button) {
        Object missing = js().executeScript("""
                for (const [id, value] of Object.entries(arguments[0])) {
                    const field = document.getElementById(id);
                    if (!field) { return 'no field ' + id; }
                    field.value = value;
                }
                const button = document.getElementById(arguments[1]);
                if (!button) { return 'no button ' + arguments[1]; }
                window.__leaving = true;
                setTimeout(() => button.click(), 0);
                return '';
                """, values, button);
        if (missing != null && !missing.toString().isEmpty()) {
            return missing.toString();
        }
        browser.waiting().until(d -> {
            try {
                return Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return window.__leaving === undefined && document.readyState === 'complete';"));
            } catch (org.openqa.selenium.WebDriverException navigating) {
                return false;
            }
        });
        return "";
    }

    private String submit(Map<String, String> values, String button) {
        Object answer = js().executeAsyncScript(FILL_AND_SUBMIT, values, button);
        return answer == null ? "" : answer.toString();
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser.driver();
    }

    private static String shorten(String text) {
        return BadInputs.shown(text, 40);
    }
}
