package lv.pietura.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lv.pietura.it.support.BadInputs;
import lv.pietura.it.support.Deployments;
import lv.pietura.it.support.PortalCases;
import lv.pietura.it.support.ServerLog;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The bad-input corpus ({@link BadInputs}) through the forms people type into, in Chromium. First every script,
 * markup and expression fragment of it is typed into every text field of the forms below (a round puts a different
 * one into each field, in turn) and submitted by the form's button: the browser is asked whether any of it ran
 * ({@code window.__pwned}), and the page must be no server fault, show no stack trace and no missing text. Then the
 * whole corpus goes through every text field of every form of every page ({@link #EVERY_FORM}): the signed-in
 * browser posts each form as its button would (the form's own hidden state, Ajax), many at once, and every answer
 * must be no fault, hold no missing text or stack trace and no script fragment unescaped.
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
            new Form(
                    "vsaa.specialist",
                    "account/profile",
                    List.of("contactForm:fullName", "contactForm:email"),
                    "contactForm:save"),
            new Form(
                    "vsaa.specialist",
                    "account/password",
                    List.of(
                            "passwordForm:currentPassword",
                            "passwordForm:newPassword",
                            "passwordForm:repeatedPassword"),
                    "passwordForm:change",
                    true),
            new Form(
                    "adazi.clerk",
                    "cases/register",
                    List.of(
                            "registerForm:clientCode",
                            "registerForm:clientName",
                            "registerForm:clientEmail",
                            "registerForm:clientPhone",
                            "registerForm:serviceText"),
                    "registerForm:searchServices"),
            new Form("adazi.clerk", "cases/client", List.of("clientForm:clientCode"), "clientForm:show"),
            new Form(
                    "vsaa.specialist",
                    "cases/list",
                    List.of("searchForm:text", "searchForm:serviceCode"),
                    "searchForm:search"),
            new Form("vsaa.specialist", "catalogue/index", List.of("searchForm:text"), "searchForm:search"),
            new Form("adazi.clerk", "eaddress/mailbox", List.of("searchForm:text"), "searchForm:search"),
            new Form(
                    "adazi.clerk",
                    "eaddress/compose",
                    List.of("composeForm:query", "composeForm:subject", "composeForm:body"),
                    "composeForm:send"),
            new Form(
                    "vsaa.admin",
                    "audit/events",
                    List.of("searchForm:actor", "searchForm:entityId", "searchForm:subject"),
                    "searchForm:search"),
            new Form(
                    "vsaa.admin",
                    "staff/accounts",
                    List.of("staffForm:username", "staffForm:fullName", "staffForm:email"),
                    "staffForm:save"),
            new Form(
                    "vsaa.manager",
                    "services/list",
                    List.of("newForm:code", "newForm:nameLv", "newForm:nameEn"),
                    "newForm:create"),
            new Form(
                    "010190-12349",
                    "my/compose",
                    List.of("composeForm:query", "composeForm:subject", "composeForm:body"),
                    "composeForm:send"));

    /** What went wrong on the page, as {@code state}: a script that ran, the fault page, a missing text, a trace. */
    private static final String PAGE_STATE = """
            const text = document.body ? document.body.innerText : '';
            const state = (window.__pwned ? 'SCRIPT RAN ' : '')
                + (document.querySelector('[data-fault]') ? 'FAULT PAGE ' : '')
                + (text.includes('???') ? 'MISSING TEXT ' : '')
                + (/Exception|\\.java:\\d+|at lv\\.pietura/.test(text) ? 'STACK TRACE ' : '');
            window.__pwned = undefined;
            """;

    /**
     * Fills the form, presses its Ajax button and, once the answer is in, tells what went wrong: a missing field,
     * a script that ran, the fault page, a missing text, a stack trace; and whether the form is still there.
     */
    private static final String FILL_AND_SUBMIT = """
            const [values, submit, done] = [arguments[0], arguments[1], arguments[arguments.length - 1]];
            for (const [id, value] of Object.entries(values)) {
                const field = document.getElementById(id);
                if (!field) { done({problem: 'no field ' + id}); return; }
                field.value = value;
                field.dispatchEvent(new Event('input', {bubbles: true}));
                field.dispatchEvent(new Event('change', {bubbles: true}));
            }
            const button = document.getElementById(submit);
            if (!button) { done({problem: 'no button ' + submit}); return; }
            button.click();
            const started = Date.now();
            const wait = () => {
                const busy = window.jQuery && (jQuery.active > 0 || (window.PrimeFaces && !PrimeFaces.ajax.Queue.isEmpty()));
                if (busy && Date.now() - started < 20000) { setTimeout(wait, 10); return; }
                """ + PAGE_STATE + """
                done({problem: '', state, stays: !!document.getElementById(submit) && !document.getElementById('errorText')});
            };
            setTimeout(wait, 10);
            """;

    /**
     * The corpus leaves whatever it last typed as the specialist's name and e-mail (the profile form accepts text):
     * put the demo's back, so that no later test reads a fragment of the corpus on its pages.
     */
    @AfterEach
    void theSpecialistsProfileAsTheDemoHasIt() {
        Pages pages = pages();
        browser.forgetSession();
        pages.signIn("vsaa.specialist", DEMO_PASSWORD);
        pages.open("account/profile");
        pages.type("contactForm:fullName", "Laura Kalēja");
        pages.type("contactForm:email", "vsaa_specialist@pietura.example.lv");
        pages.click("contactForm:save");
        assertThat(pages.element("contactForm:fullName").getAttribute("value")).isEqualTo("Laura Kalēja");
        browser.forgetSession();
    }

    @Test
    void noScriptOfTheCorpusTypedIntoAFormRunsAndNoneFaults() {
        List<String> scripts = BadInputs.scripts();
        Pages pages = pages();
        List<String> wrong = new ArrayList<>();
        for (Form form : FORMS) {
            signedInAs(form.user());
            pages.open(form.page());
            Map<String, String> original = values(form);
            for (int round = 0; round < scripts.size(); round++) {
                Map<String, String> values = new LinkedHashMap<>();
                for (int f = 0; f < form.fields().size(); f++) {
                    values.put(form.fields().get(f), scripts.get((round + f * 7) % scripts.size()));
                }
                String where = form.page() + " "
                        + values.values().stream().map(BadInputFormsIT::shorten).toList();
                Map<String, Object> answer =
                        form.fullPost() ? posted(values, form.submit()) : submit(values, form.submit());
                String problem = String.valueOf(answer.get("problem"));
                String state = String.valueOf(answer.getOrDefault("state", ""));
                if (!problem.isEmpty()) {
                    wrong.add(problem + " on " + where + "; the server logged: " + ServerLog.lastError());
                } else if (!state.isEmpty()) {
                    wrong.add(state + "on " + where
                            + (state.contains("FAULT") ? "; the server logged: " + ServerLog.lastError() : ""));
                }
                if (!Boolean.TRUE.equals(answer.get("stays")) || !pages.path().startsWith(form.page())) {
                    pages.open(form.page()); // a new page after a success, or the error page: start the form again
                }
            }
            if (form.page().equals("account/profile")) {
                pages.open(form.page());
                submit(original, form.submit()); // what a round may have saved, put back for the other tests
            }
        }
        assertThat(wrong).as("scripts that ran, faults, missing texts").isEmpty();
    }

    /**
     * A form of a page and how it is posted: as {@code user}, with {@code button} pressed (or none: the form's fields
     * are read and checked but no action runs, for a form whose action would change what other tests stand on, such
     * as an institution's agreement or the working-day calendar), the fields {@code execute} names (the whole form
     * unless the button posts fewer). A page's address may name a record: {case} (a case made for this test),
     * {message}, {myMessage}, {institution}, {service}, {supportRequest} (the demo's).
     */
    /** No one signed in: the public pages as a visitor sees them. */
    private static final String VISITOR = "";

    private record PageForm(String user, String page, String form, String button, String execute) {

        PageForm(String user, String page, String form, String button) {
            this(user, page, form, button, form);
        }
    }

    /** Every form of the application with a field to type into. A page's form missing here fails the test. */
    private static final List<PageForm> EVERY_FORM = List.of(
            new PageForm("vsaa.specialist", "account/profile", "contactForm", "contactForm:save"),
            new PageForm("vsaa.specialist", "account/password", "passwordForm", "passwordForm:change"),
            new PageForm("vsaa.specialist", "cases/list", "searchForm", "searchForm:search"),
            new PageForm("vsaa.specialist", "catalogue/index", "searchForm", "searchForm:search"),
            new PageForm("vsaa.specialist", "cases/case?id={case}", "askForm", "askForm:save"),
            new PageForm("vsaa.specialist", "cases/case?id={case}", "extendForm", "extendForm:save"),
            new PageForm("vsaa.specialist", "cases/case?id={case}", "forwardForm", "forwardForm:save"),
            new PageForm("vsaa.specialist", "cases/case?id={case}", "resumeForm", "resumeForm:save"),
            new PageForm("vsaa.specialist", "cases/case?id={case}", "completeForm", "completeForm:save"),
            new PageForm("vsaa.specialist", "cases/case?id={case}", "refuseForm", "refuseForm:save"),
            new PageForm("vsaa.specialist", "cases/case?id={case}", "assignForm", "assignForm:save"),
            new PageForm("vsaa.specialist", "cases/case?id={case}", "holdForm", "holdForm:save"),
            new PageForm("adazi.clerk", "cases/register", "registerForm", "registerForm:register"),
            new PageForm(
                    "adazi.clerk",
                    "cases/register",
                    "registerForm",
                    "registerForm:searchServices",
                    "registerForm:searchServices registerForm:serviceText"),
            new PageForm("adazi.clerk", "cases/client", "clientForm", "clientForm:show"),
            new PageForm("adazi.clerk", "eaddress/mailbox", "searchForm", "searchForm:search"),
            new PageForm("adazi.clerk", "eaddress/compose", "composeForm", "composeForm:send"),
            new PageForm(
                    "adazi.clerk",
                    "eaddress/compose",
                    "composeForm",
                    "composeForm:search",
                    "composeForm:search composeForm:query"),
            new PageForm("adazi.clerk", "eaddress/bulk", "bulkForm", "bulkForm:check"),
            new PageForm("adazi.clerk", "eaddress/message?id={message}", "caseForm", "caseForm:fileUnder"),
            new PageForm("adazi.clerk", "kpi/dashboard", "kpiForm", "kpiForm:show"),
            new PageForm("vsaa.admin", "audit/events", "searchForm", "searchForm:search"),
            new PageForm("vsaa.admin", "staff/accounts", "searchForm", "searchForm:search"),
            new PageForm("vsaa.admin", "staff/accounts", "staffForm", "staffForm:save"),
            new PageForm("vsaa.admin", "staff/accounts", "resetForm", null),
            new PageForm("vsaa.admin", "eaddress/webhook", "hookForm", "hookForm:save"),
            new PageForm("vsaa.admin", "eaddress/rights", "unitForm", "unitForm:createUnit"),
            new PageForm("vsaa.manager", "services/list", "searchForm", "searchForm:search"),
            new PageForm("vsaa.manager", "services/list", "newForm", "newForm:create"),
            new PageForm("vsaa.manager", "services/edit?id={service}", "editorForm", null),
            new PageForm("vsaa.manager", "services/edit?id={service}", "centresForm", null),
            new PageForm("vsaa.manager", "services/edit?id={service}", "withdrawForm", null),
            new PageForm("vsaa.manager", "services/edit?id={service}", "retentionForm", "retentionForm:saveRetention"),
            new PageForm("admin", "admin/institutions", "searchForm", "searchForm:search"),
            new PageForm("admin", "admin/institutions", "institutionForm", null),
            new PageForm("admin", "admin/institution?id={institution}", "editForm", null),
            new PageForm("admin", "admin/institution?id={institution}", "agreementForm", null),
            new PageForm("admin", "admin/institution?id={institution}", "endForm", null),
            new PageForm("admin", "admin/institution?id={institution}", "retentionForm", "retentionForm:saveRetention"),
            // no step chosen in the view: nothing is ticked
            new PageForm(
                    "admin", "admin/institution?id={institution}", "onboardingTickForm", "onboardingTickForm:save"),
            new PageForm("admin", "admin/centres", "searchForm", "searchForm:search"),
            new PageForm("admin", "admin/centres", "centreForm", null),
            new PageForm("admin", "admin/calendar", "entryForm", null),
            new PageForm("admin", "admin/kpi-jobs", "jobsForm", "jobsForm:refresh"),
            new PageForm("admin", "admin/agreements", "searchForm", "searchForm:search"),
            new PageForm("admin", "kpi/reports", "reportsForm", "reportsForm:refresh"),
            // its action mails the platform's administrators under an hourly quota that AccessibilityStatementIT needs
            new PageForm("vsaa.specialist", "accessibility", "reportForm", null),
            // the front door, as a visitor sees it (a staff member signed in goes on to their start page); its
            // search is a plain GET form into the catalogue, whose parameter q is checked below
            new PageForm(VISITOR, "index", "centresForm", null),
            new PageForm("vsaa.dpo", "privacy/export", "exportForm", "exportForm:find"),
            // nothing chosen in the form's own state: no centre, day or time, so nothing is booked
            new PageForm(VISITOR, "book", "bookForm", "bookForm:book"),
            // Cēsis's plan (the booking journey books in Ādaži)
            new PageForm(
                    "cesis.clerk",
                    "cases/bookings",
                    "dayForm",
                    "dayForm:savePlan",
                    "dayForm:savePlan dayForm:slotMinutes dayForm:desks dayForm:daysAhead"),
            new PageForm(
                    "cesis.clerk",
                    "cases/bookings",
                    "dayForm",
                    "dayForm:saveDayDesks",
                    "dayForm:saveDayDesks dayForm:dayDesks"),
            new PageForm("cesis.clerk", "cases/bookings", "dayForm", "dayForm:show", "dayForm:show dayForm:day"),
            new PageForm("010190-12349", "my/compose", "composeForm", "composeForm:send"),
            new PageForm(
                    "010190-12349",
                    "my/compose",
                    "composeForm",
                    "composeForm:search",
                    "composeForm:search composeForm:query"),
            new PageForm("010190-12349", "my/message?id={myMessage}", "replyForm", null),
            // a request filed for each input (the specialist's, to VSAA's support); the demo's request is not written
            // to (its thread is what the demo shows), only read back with the fields filled in
            new PageForm("vsaa.specialist", "support/new", "requestForm", "requestForm:submit"),
            new PageForm("010190-12349", "support/new", "requestForm", "requestForm:submit"),
            new PageForm("adazi.clerk", "support/request?id={supportRequest}", "requestForm", null),
            new PageForm("admin", "support/request?id={supportRequest}", "faqForm", null),
            // an address that is one gets a confirmation mailed (refused here: no mail server runs in this class)
            new PageForm("010190-12349", "my/eaddress", "alertsForm", "alertsForm:requestAlerts"),
            // a number of a company in the catalogue with any basis makes a request: the corpus names none
            new PageForm("010190-12349", "my/eaddress", "companyForm", "companyForm:requestCompany"),
            // the refusal of a request chosen in the view; none is chosen here, so nothing is refused
            new PageForm("admin", "admin/company-activations", "refuseForm", "refuseForm:save"));

    /** Through how many forms each input that is no hazard goes. */
    private static final int COPIES = 2;

    /** Who the browser is signed in as, in this test. */
    private String signedIn;

    /** How many posts the browser has under way at once. */
    private static final int LANES = 4;

    /**
     * An answer as the suites judge it, in the browser: {@code check} names what is wrong (a fault, the fault page, a
     * missing text, a stack trace in what shows, a script fragment of {@code values} unescaped), {@code shown} an
     * input as a failure line shows it.
     */
    private static final String ANSWER_CHECK = """
            const shown = v => v.replace(/[\\u0000-\\u001f\\u007f\\ud800-\\udfff]/g, '·').slice(0, 40);
            function check(status, answer, values) {
                const shownText = answer.replace(/<script\\b[\\s\\S]*?<\\/script>/gi, '').replace(/<eval>[\\s\\S]*?<\\/eval>/g, '');
                if (status >= 500) { return 'HTTP ' + status; }
                if (answer.includes('<error>')) { return 'FACES ERROR ' + (answer.match(/<error-message>(.*?)<\\/error-message>/s) || [''])[0]; }
                if (answer.includes('data-fault')) { return 'FAULT PAGE'; }
                if (shownText.includes('???')) { return 'MISSING TEXT ' + (shownText.match(/\\?\\?\\?[^?]*\\?\\?\\?/) || [''])[0]; }
                if (/Exception|\\.java:\\d+|at lv\\.pietura/.test(shownText)) { return 'STACK TRACE'; }
                if (values.some(v => v.includes('<') && v.includes('__pwned') && answer.includes(v))) { return 'UNESCAPED SCRIPT'; }
                return '';
            }
            """;

    /** The text fields of each form of the page with one: {form id: [field names]}. */
    private static final String FORMS_OF_THE_PAGE = """
            const text = ['text', 'email', 'tel', 'search', 'password', 'number', 'url'];
            const forms = {};
            for (const form of document.querySelectorAll('form[id]')) {
                const fields = [...form.querySelectorAll('input[name], textarea[name]')]
                    .filter(e => e.tagName === 'TEXTAREA' || text.includes((e.getAttribute('type') || 'text').toLowerCase()))
                    .map(e => e.name);
                if (fields.length > 0) { forms[form.id] = fields; }
            }
            return forms;
            """;

    /**
     * Posts one form of the page once per input of the corpus, as its button's Ajax request would: each lane opens
     * the page anew (a view of its own), takes the form's state from it and sends a share of the rounds; round r
     * puts input (r + 7f) into field f, so every field gets every input once. Answers the problems found.
     */
    private static final String CORPUS_THROUGH_THE_FORM = """
            const [formId, button, execute, inputs, lanes, done] = arguments;
            const text = ['text', 'email', 'tel', 'search', 'password', 'number', 'url'];
            const page = location.href;
            const problems = [];
            """ + ANSWER_CHECK + """
            async function view() {
                const html = await (await fetch(page, {credentials: 'same-origin'})).text();
                const doc = new DOMParser().parseFromString(html, 'text/html');
                const form = doc.getElementById(formId);
                if (!form) { throw new Error('no form ' + formId + ' on ' + page); }
                return {form, nonce: (html.match(/nonce="([^"]+)"/) || [])[1],
                        action: new URL(form.getAttribute('action'), page).href};
            }
            async function lane(k, fields) {
                let current = await view();
                for (let round = k; round < inputs.length; round += lanes) {
                    const body = new URLSearchParams();
                    for (const [name, value] of new FormData(current.form)) {
                        if (typeof value === 'string') { body.append(name, value); }
                    }
                    const values = fields.map((name, f) => inputs[(round + f * 7) % inputs.length]);
                    fields.forEach((name, f) => body.set(name, values[f]));
                    body.set('primefaces.nonce', current.nonce);
                    body.set('jakarta.faces.partial.ajax', 'true');
                    body.set('jakarta.faces.source', button || formId);
                    body.set('jakarta.faces.partial.execute', execute);
                    body.set('jakarta.faces.partial.render', formId);
                    if (button) { body.set(button, button); }
                    let status = 0, answer = '';
                    try {
                        const response = await fetch(current.action, {method: 'POST', credentials: 'same-origin',
                            headers: {'Faces-Request': 'partial/ajax',
                                      'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8'}, body});
                        status = response.status;
                        answer = await response.text();
                    } catch (e) {
                        answer = 'NO ANSWER ' + e;
                    }
                    const problem = answer.startsWith('NO ANSWER') ? answer : check(status, answer, values);
                    if (problem) {
                        problems.push(problem + ' for ' + JSON.stringify(fields.map((name, f) => name + '=' + shown(values[f]))));
                    }
                    const state = answer.match(/jakarta\\.faces\\.ViewState:\\d+"><!\\[CDATA\\[(.*?)\\]\\]>/);
                    if (problem || status !== 200 || answer.includes('<redirect') || !state) {
                        current = await view();
                    } else {
                        current.form.querySelector('input[name="jakarta.faces.ViewState"]').value = state[1];
                    }
                }
            }
            (async () => {
                const first = await view();
                const fields = [...first.form.querySelectorAll('input[name], textarea[name]')]
                    .filter(e => e.tagName === 'TEXTAREA' || text.includes((e.getAttribute('type') || 'text').toLowerCase()))
                    .map(e => e.name);
                await Promise.all([...Array(lanes).keys()].map(k => lane(k, fields)));
                done({fields: fields.length, problems});
            })().catch(e => done({fields: 0, problems: ['the test could not post: ' + e]}));
            """;

    @Test
    void theCorpusThroughEveryFieldOfEveryFormFaultsNothing() throws Exception {
        List<String> corpus = BadInputs.corpus();
        List<String> hazards = hazards(corpus);
        List<String> rest =
                corpus.stream().filter(input -> !hazards.contains(input)).toList();
        Pages pages = pages();
        Map<String, String> records = records(pages);
        List<String> wrong = new ArrayList<>();
        Set<String> posted = new TreeSet<>();
        Set<String> found = new TreeSet<>();
        String opened = null;
        Set<String> covered = new HashSet<>();
        long posts = 0;
        long started = System.nanoTime();
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofMinutes(5));
        for (int index = 0; index < EVERY_FORM.size(); index++) {
            PageForm row = EVERY_FORM.get(index);
            if (signedInAs(row.user())) {
                opened = null;
            }
            String page = resolve(row.page(), records);
            if (!page.equals(opened)) {
                pages.open(page);
                opened = page;
                @SuppressWarnings("unchecked")
                Map<String, Object> forms = (Map<String, Object>) js().executeScript(FORMS_OF_THE_PAGE);
                forms.keySet().forEach(form -> found.add(row.page() + " " + form));
            }
            // every input that holds a control character or a script fragment, and a share of the rest
            List<String> inputs = new ArrayList<>(hazards);
            inputs.addAll(shareOfTheRest(rest, index));
            inputs.forEach(covered::add);
            @SuppressWarnings("unchecked")
            Map<String, Object> result = (Map<String, Object>) js().executeAsyncScript(
                            CORPUS_THROUGH_THE_FORM, row.form(), row.button(), row.execute(), inputs, LANES);
            posted.add(row.page() + " " + row.form());
            posts += inputs.size();
            if (((Number) result.get("fields")).intValue() == 0) {
                wrong.add(page + " " + row.form() + ": no field to type into");
            }
            @SuppressWarnings("unchecked")
            List<String> problems = (List<String>) result.get("problems");
            for (String problem : problems) {
                wrong.add(page + " " + row.form() + ": " + problem);
            }
            if (!problems.isEmpty()) {
                wrong.add(page + " " + row.form() + ": the server logged " + ServerLog.lastError());
            }
        }
        System.out.printf(
                "BadInputFormsIT: %d forms, %d posts in %d s%n",
                EVERY_FORM.size(), posts, (System.nanoTime() - started) / 1_000_000_000L);
        assertThat(covered).as("every input of the corpus went through a form").containsAll(corpus);
        assertThat(posted).as("a row for every form with a field on the pages").containsAll(found);
        assertThat(EVERY_FORM.stream()
                        .map(row -> row.page().replaceAll("\\?.*", ""))
                        .toList())
                .as("a row for every page with a field")
                .containsAll(pagesWithFields());
        assertThat(wrong).as("faults, missing texts, unescaped scripts").isEmpty();
    }

    /** The rest of the corpus shared out over the forms so that each input goes through {@link #COPIES} of them. */
    private static List<String> shareOfTheRest(List<String> rest, int form) {
        int forms = EVERY_FORM.size();
        List<String> share = new ArrayList<>();
        for (int at = 0; at < rest.size(); at++) {
            for (int copy = 0; copy < COPIES; copy++) {
                if ((at + copy * (forms / COPIES)) % forms == form) {
                    share.add(rest.get(at));
                }
            }
        }
        return share;
    }

    /**
     * The inputs every field and every address parameter gets: each that holds a control character (U+0000 among
     * them, which PostgreSQL refuses in text) or is a script, markup or expression fragment.
     */
    private static List<String> hazards(List<String> corpus) {
        List<String> scripts = BadInputs.scripts();
        return corpus.stream()
                .filter(input -> input.chars().anyMatch(c -> c < 0x20 || c == 0x7f) || scripts.contains(input))
                .toList();
    }

    /** A parameter a page reads from its address, and who opens the page. */
    private record PageParameter(String user, String page, String name) {}

    /** Every view parameter of the application. A page's parameter missing here fails the test. */
    private static final List<PageParameter> EVERY_PARAMETER = List.of(
            new PageParameter("adazi.clerk", "cases/client", "code"),
            new PageParameter("adazi.clerk", "cases/register", "fromMessage"),
            new PageParameter("adazi.clerk", "cases/case", "id"),
            new PageParameter("adazi.clerk", "cases/case", "client"),
            new PageParameter("adazi.clerk", "cases/list", "list"),
            new PageParameter("adazi.clerk", "eaddress/message", "id"),
            new PageParameter("adazi.clerk", "eaddress/compose", "forward"),
            new PageParameter("adazi.clerk", "eaddress/compose", "replyTo"),
            new PageParameter("adazi.clerk", "eaddress/mailbox", "box"),
            new PageParameter("adazi.clerk", "catalogue/index", "q"),
            new PageParameter("adazi.clerk", "catalogue/index", "centre"),
            new PageParameter("adazi.clerk", "catalogue/service", "code"),
            new PageParameter("adazi.clerk", "rate", "t"),
            new PageParameter("adazi.clerk", "visit", "t"),
            new PageParameter("adazi.clerk", "booking", "t"),
            new PageParameter("adazi.clerk", "book", "centre"),
            new PageParameter("adazi.clerk", "book", "service"),
            new PageParameter("adazi.clerk", "book", "day"),
            new PageParameter("adazi.clerk", "cases/register", "booking"),
            new PageParameter("vsaa.admin", "staff/accounts", "status"),
            new PageParameter("vsaa.manager", "services/edit", "id"),
            new PageParameter("admin", "admin/institution", "id"),
            new PageParameter("admin", "admin/agreements", "status"),
            new PageParameter("010190-12349", "my/message", "id"),
            new PageParameter("010190-12349", "my/mailbox", "box"),
            new PageParameter("010190-12349", "my/confirm", "token"),
            new PageParameter("010190-12349", "my/compose", "replyTo"),
            new PageParameter("adazi.clerk", "support/new", "from"),
            new PageParameter("adazi.clerk", "support/request", "id"),
            new PageParameter("adazi.clerk", "help/guide", "role"));

    /** Opens each address (GET), many at once, and answers the problems found, as the form posts are checked. */
    private static final String OPEN_EACH = """
            const [addresses, inputs, lanes, done] = arguments;
            const problems = [];
            """ + ANSWER_CHECK + """
            async function lane(k) {
                for (let i = k; i < addresses.length; i += lanes) {
                    let status = 0, answer = '';
                    try {
                        const response = await fetch(addresses[i], {credentials: 'same-origin'});
                        status = response.status;
                        answer = await response.text();
                    } catch (e) {
                        problems.push('NO ANSWER ' + e + ' for ' + shown(inputs[i]));
                        continue;
                    }
                    const problem = check(status, answer, [inputs[i]]);
                    if (problem) { problems.push(problem + ' for ' + addresses[i].replace(/\\?.*/, '') + ' ' + shown(inputs[i])); }
                }
            }
            Promise.all([...Array(lanes).keys()].map(lane)).then(() => done(problems));
            """;

    @Test
    void everyParameterOfEveryPageAddressTakesTheCorpusWithoutFault() {
        List<String> corpus = BadInputs.corpus();
        List<String> hazards = hazards(corpus);
        assertThat(EVERY_PARAMETER.stream().map(p -> p.page() + "?" + p.name()).toList())
                .as("a row for every view parameter")
                .containsAll(viewParameters());
        Pages pages = pages();
        List<String> wrong = new ArrayList<>();
        int spread = 0;
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofMinutes(5));
        for (int index = 0; index < EVERY_PARAMETER.size(); index++) {
            PageParameter parameter = EVERY_PARAMETER.get(index);
            signedInAs(parameter.user());
            // every control character and script fragment, and an equal share of the rest of the corpus
            int share = index == EVERY_PARAMETER.size() - 1
                    ? corpus.size() - spread
                    : corpus.size() / EVERY_PARAMETER.size();
            LinkedHashSet<String> inputs = new LinkedHashSet<>(hazards);
            inputs.addAll(corpus.subList(spread, spread + share));
            spread += share;
            List<String> values = List.copyOf(inputs);
            List<String> addresses = values.stream()
                    .map(value -> base + parameter.page() + "?" + parameter.name() + "="
                            + URLEncoder.encode(value, StandardCharsets.UTF_8))
                    .toList();
            @SuppressWarnings("unchecked")
            List<String> problems = (List<String>) js().executeAsyncScript(OPEN_EACH, addresses, values, LANES);
            problems.forEach(problem -> wrong.add(parameter.name() + " of " + problem));
            if (!problems.isEmpty()) {
                wrong.add(parameter.page() + ": the server logged " + ServerLog.lastError());
            }
        }
        assertThat(spread).as("every input of the corpus went into an address").isEqualTo(corpus.size());
        assertThat(wrong).as("faults, missing texts, unescaped scripts").isEmpty();
    }

    /** Every view parameter the WAR's pages declare, as "page?name". */
    private static List<String> viewParameters() {
        Pattern parameter = Pattern.compile("<f:viewParam name=\"([^\"]+)\"");
        List<String> parameters = new ArrayList<>();
        markupOfThePages().forEach((page, markup) -> {
            Matcher matcher = parameter.matcher(markup);
            while (matcher.find()) {
                parameters.add(page + "?" + matcher.group(1));
            }
        });
        assertThat(parameters).as("view parameters in the WAR").hasSizeGreaterThan(10);
        return parameters;
    }

    /** The markup of every page of the WAR (outside WEB-INF), by address. */
    private static Map<String, String> markupOfThePages() {
        WebArchive war = Deployments.application().getAsType(WebArchive.class, "pietura-web.war");
        Map<String, String> pages = new TreeMap<>();
        war.getContent().forEach((path, node) -> {
            String name = path.get();
            if (name.endsWith(".xhtml") && !name.startsWith("/WEB-INF/") && node.getAsset() != null) {
                try (InputStream in = node.getAsset().openStream()) {
                    pages.put(
                            name.substring(1, name.length() - ".xhtml".length()),
                            new String(in.readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        return pages;
    }

    /**
     * The pages of the WAR whose own markup has a field to type into, but the sign-in form (posted to the
     * authentication mechanism, not to a page: {@code SignInIT} sends it what no account name can be) and the
     * rating pages (their forms need a one-time link of a closed case or of a visit: {@code CasesJourneyIT} and
     * {@code EveryClientJourneyIT} rate through them) and the client's own booking (its link: {@code
     * BookingJourneyIT} moves a visit through it; {@code BookingsIT} refuses bad times and days).
     */
    private static List<String> pagesWithFields() {
        Pattern field = Pattern.compile(
                "<(p:(inputText|inputTextarea|password|datePicker|autoComplete|inputNumber|chips|inputMask|spinner)"
                        + "|h:(inputText|inputTextarea|inputSecret))\\b");
        List<String> pages = markupOfThePages().entrySet().stream()
                .filter(page -> field.matcher(page.getValue()).find()
                        && !List.of("login", "rate", "visit", "booking").contains(page.getKey()))
                .map(Map.Entry::getKey)
                .toList();
        assertThat(pages).as("pages with fields in the WAR").hasSizeGreaterThan(10);
        return pages;
    }

    /** The records the pages name: a case made for this test, messages, an institution and a service. */
    private Map<String, String> records(Pages pages) throws Exception {
        Map<String, String> records = new LinkedHashMap<>();
        String number = PortalCases.submitted(base.toExternalForm().replaceAll("/$", ""), "010171", DEMO_PASSWORD);
        browser.forgetSession();
        pages.signIn("vsaa.specialist", DEMO_PASSWORD);
        pages.open("cases/list?list=ALL");
        pages.type("searchForm:text", number);
        pages.click("searchForm:search");
        records.put("case", firstLink("case\\?id=(\\d+)"));
        String message = sentToAdazi();
        browser.forgetSession();
        pages.signIn("adazi.clerk", DEMO_PASSWORD);
        Instant giveUp = Instant.now().plusSeconds(60);
        pages.open("eaddress/mailbox");
        while (!String.valueOf(js().executeScript("return document.documentElement.innerHTML"))
                .contains("message?id=" + message)) {
            assertThat(Instant.now()).as("the message reached Ādaži's inbox").isBefore(giveUp);
            Thread.sleep(500);
            pages.open("eaddress/mailbox");
        }
        records.put("message", message);
        browser.forgetSession();
        pages.signIn("010190-12349", DEMO_PASSWORD);
        pages.open("my/mailbox");
        records.put("myMessage", firstLink("message\\?id=([0-9a-f-]{36})"));
        browser.forgetSession();
        pages.signIn("admin", DEMO_PASSWORD);
        pages.open("admin/institutions");
        records.put("institution", firstLink("institution\\?id=(\\d+)"));
        browser.forgetSession();
        pages.signIn("vsaa.manager", DEMO_PASSWORD);
        pages.open("services/list");
        records.put("service", firstLink("edit\\?id=(\\d+)"));
        browser.forgetSession();
        pages.signIn("adazi.clerk", DEMO_PASSWORD);
        pages.open("support/requests");
        records.put("supportRequest", firstLink("request\\?id=(\\d+)"));
        browser.forgetSession();
        return records;
    }

    /** A message VSAA sends Ādaži's e-address through the API; its id. */
    private String sentToAdazi() throws Exception {
        String id = UUID.randomUUID().toString();
        HttpResponse<String> sent = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base + "api/eaddress/messages"))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString(("vsaa.specialist:" + DEMO_PASSWORD)
                                                                .getBytes(StandardCharsets.UTF_8)))
                                .header("Content-Type", "application/json")
                                .header("Idempotency-Key", id)
                                .POST(HttpRequest.BodyPublishers.ofString("""
                                {"to": ["_DEFAULT@90000048491"], "subject": "Korpusa ziņojums", "body": "Teksts."}"""))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        return id;
    }

    /** The first record a link of the page names by this pattern. */
    private String firstLink(String pattern) {
        Object id = js().executeScript("""
                const pattern = new RegExp(arguments[0]);
                for (const a of document.querySelectorAll('a[href]')) {
                    const m = a.getAttribute('href').match(pattern);
                    if (m) { return m[1]; }
                }
                return null;
                """, pattern);
        assertThat(id).as("a link " + pattern + " on " + pages().path()).isNotNull();
        return id.toString();
    }

    private static String resolve(String page, Map<String, String> records) {
        String resolved = page;
        for (Map.Entry<String, String> record : records.entrySet()) {
            resolved = resolved.replace("{" + record.getKey() + "}", record.getValue());
        }
        return resolved;
    }

    /** The form's fields as they are now. */
    private Map<String, String> values(Form form) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : form.fields()) {
            Object value = js().executeScript(
                            "const f = document.getElementById(arguments[0]); return f ? f.value : null;", field);
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
                return Boolean.TRUE.equals(((JavascriptExecutor) d)
                        .executeScript("return window.__leaving === undefined && document.readyState === 'complete';"));
            } catch (org.openqa.selenium.WebDriverException navigating) {
                return false;
            }
        });
        return "";
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> submit(Map<String, String> values, String button) {
        return (Map<String, Object>) js().executeAsyncScript(FILL_AND_SUBMIT, values, button);
    }

    /** {@link #post}, then what the new page shows, as {@link #FILL_AND_SUBMIT} tells it. */
    private Map<String, Object> posted(Map<String, String> values, String button) {
        String problem = post(values, button);
        if (!problem.isEmpty()) {
            return Map.of("problem", problem, "stays", false);
        }
        Object state = js().executeScript(PAGE_STATE + "return state;");
        return Map.of("problem", "", "state", String.valueOf(state), "stays", !pages().present("errorText"));
    }

    /** Signs {@code user} in unless they are already; whether they had to be. */
    private boolean signedInAs(String user) {
        if (user.equals(signedIn)) {
            return false;
        }
        browser.forgetSession();
        if (!VISITOR.equals(user)) {
            pages().signIn(user, DEMO_PASSWORD);
        }
        signedIn = user;
        return true;
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser.driver();
    }

    private static String shorten(String text) {
        return BadInputs.shown(text, 40);
    }
}
