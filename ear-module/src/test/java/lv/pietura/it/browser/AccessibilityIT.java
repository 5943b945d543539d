package lv.pietura.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Every page each demo role reaches by following the application's own links, in Latvian and in English,
 * and the public pages a visitor reaches without signing in: none may break a rule of WCAG 2.0 or 2.1, level
 * A or AA, as axe-core checks them, and none may scroll sideways at 320 CSS pixels wide (reflow). One page of each kind is checked (a case page, not every case): each role's
 * own in Latvian, and every kind once more in English.
 */
class AccessibilityIT extends BrowserJourney {

    /**
     * One user of each role the demo has, and the two holders of an e-address; those who reach the most pages first,
     * so that the two lanes, each taking the next user when done, finish together.
     */
    private static final List<String> USERS = List.of(
            "admin",
            "adazi.clerk",
            "vsaa.specialist",
            "vsaa.admin",
            "vsaa.manager",
            "ministrija",
            "vsaa.dpo",
            "010190-12349",
            "_DEFAULT@40003521600");

    /** Nobody signed in: the public pages. */
    private static final String VISITOR = "";

    /** Links that leave, sign out, download a file or change something by GET. */
    private static final Pattern NOT_A_PAGE = Pattern.compile(
            "(?i)(/api/|/files/|download|export|\\.(csv|xlsx|pdf|zip|edoc|json|xml|txt)(\\?|$)|jakarta\\.faces\\.resource|signout|logout|login/sso)");

    private static final int MOST_PAGES_A_USER = 60;

    private final Map<String, List<String>> found = Collections.synchronizedMap(new TreeMap<>());
    private final Map<String, Integer> checked = Collections.synchronizedMap(new LinkedHashMap<>());
    private final List<String> visited = Collections.synchronizedList(new ArrayList<>());
    private final Set<String> checkedInEnglish = new ConcurrentSkipListSet<>();
    /** Each role's page titles, and the views (one page whatever its address or parameters) that carry each. */
    private final Map<String, Set<String>> titles = new ConcurrentSkipListMap<>();

    @Test
    void everyPageOfEveryRoleInBothLanguagesAndThePublicPagesMeetWcag21AA() throws IOException, InterruptedException {
        // the public pages and the roles in two lanes, each in a browser of its own and taking the next user when
        // done: the server and the browsers share two cores
        Queue<String> users = new ConcurrentLinkedQueue<>();
        users.add(VISITOR);
        users.addAll(USERS);
        Browser second = new Browser();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> running =
                    List.of(pool.submit(() -> eachRole(browser, users)), pool.submit(() -> eachRole(second, users)));
            for (Future<?> lane : running) {
                try {
                    lane.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof Error error) {
                        throw error;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
            second.afterAll(null);
        }
        Path report = Path.of("target", "accessibility.txt");
        Files.createDirectories(report.getParent());
        List<String> lines = new ArrayList<>();
        checked.forEach((who, n) -> lines.add(who + ": " + n + " pages"));
        lines.add("");
        lines.addAll(visited);
        found.forEach((page, problems) -> {
            lines.add("");
            lines.add(page);
            problems.forEach(p -> lines.add("  " + p));
        });
        Files.write(report, lines);
        System.out.println("Accessibility: " + checked + ", report in " + report.toAbsolutePath());
        assertThat(checked.values().stream().mapToInt(Integer::intValue).sum())
                .as("pages checked")
                .isGreaterThan(100);
        assertThat(found)
                .as("WCAG 2.1 A/AA violations by page (" + report + ")")
                .isEmpty();
        assertThat(titles.entrySet().stream()
                        .filter(t -> t.getValue().size() > 1 || t.getKey().endsWith(": "))
                        .map(t -> t.getKey() + " " + t.getValue()))
                .as("a title of its own on every page (WCAG 2.4.2), per role and language")
                .isEmpty();
    }

    /** The check itself can fail: an image without a text and a button without a name on a page are found. */
    @Test
    void theCheckFindsABrokenRuleWhenAPageHasOne() {
        Pages pages = pages();
        browser.forgetSession();
        pages.open("login");
        assertThat(Axe.violations(pages.driver())).isEmpty();
        ((JavascriptExecutor) pages.driver())
                .executeScript("document.querySelector('main').insertAdjacentHTML('beforeend',"
                        + " '<img src=\"x.png\" id=\"noText\"><button type=\"button\" id=\"noName\"></button>');");
        assertThat(Axe.violations(pages.driver()))
                .anyMatch(v -> v.startsWith("image-alt (critical) [#noText]"))
                .anyMatch(v -> v.startsWith("button-name (critical) [#noName]"));
    }

    /**
     * A name as long as the profile form takes, without a space to break at, and a long e-mail address: they
     * wrap, and neither the header nor the page grows wider than a 320 pixel screen (WCAG 1.4.10).
     */
    @Test
    void aLongNameWithoutSpacesWrapsInsteadOfWideningThePage() {
        Pages pages = pages();
        browser.forgetSession();
        pages.signIn("vsaa.specialist2", DEMO_PASSWORD);
        pages.open("account/profile");
        String name = pages.element("contactForm:fullName").getAttribute("value");
        String email = pages.element("contactForm:email").getAttribute("value");
        try {
            pages.type("contactForm:fullName", "Ā".repeat(200));
            pages.type("contactForm:email", "a".repeat(60) + "@" + "garaiestade".repeat(5) + ".example.lv");
            pages.click("contactForm:save");
            assertThat(pages.element("contactForm:fullName").getAttribute("value"))
                    .hasSize(200);
            for (String page : List.of("home", "account/profile", "cases/list")) {
                pages.open(page);
                assertThat(pages.body()).contains("ĀĀĀĀĀĀĀĀĀĀ");
                assertThat(overflowAt320(pages)).as(page).isEmpty();
            }
        } finally {
            pages.open("account/profile");
            pages.type("contactForm:fullName", name);
            pages.type("contactForm:email", email);
            pages.click("contactForm:save");
        }
    }

    /**
     * Takes the next of the users until none is left, signs in (or, for the visitor, not) and checks their pages in
     * Latvian, then in English.
     */
    private void eachRole(Browser lane, Queue<String> users) {
        Pages pages = new Pages(lane, base);
        for (String user = users.poll(); user != null; user = users.poll()) {
            lane.forgetSession();
            if (user.equals(VISITOR)) {
                List<String> publicPages = crawl(pages, "public lv", List.of("", "login", "catalogue", "no-such-page"));
                pages.open("login");
                pages.switchLanguage("en");
                inEnglish(pages, "public en", publicPages);
                continue;
            }
            pages.open("login");
            pages.signIn(user, DEMO_PASSWORD);
            assertThat(pages.path()).as(user + " signed in").doesNotStartWith("login");
            String landing = pages.path();
            List<String> own = crawl(pages, user + " lv", List.of(landing));
            pages.switchLanguage("en");
            inEnglish(pages, user + " en", own);
        }
    }

    /** Checks the pages reachable from {@code start}, one of each kind; the pages it checked. */
    private List<String> crawl(Pages pages, String who, List<String> start) {
        Deque<String> queue = new ArrayDeque<>(start);
        Set<String> kinds = new TreeSet<>();
        List<String> seen = new ArrayList<>();
        while (!queue.isEmpty() && seen.size() < MOST_PAGES_A_USER) {
            String path = queue.poll();
            if (!kinds.add(kind(path))) {
                continue;
            }
            check(pages, who, path);
            seen.add(path);
            for (String link : links(pages)) {
                if (!kinds.contains(kind(link))) {
                    queue.add(link);
                }
            }
        }
        checked.put(who, seen.size());
        return seen;
    }

    /** The same pages in English, each kind once whoever reaches it: the same markup in other words. */
    private void inEnglish(Pages pages, String who, List<String> paths) {
        int n = 0;
        for (String path : paths) {
            if (checkedInEnglish.add(kind(path))) {
                check(pages, who, path);
                n++;
            }
        }
        checked.put(who, n);
    }

    private void check(Pages pages, String who, String path) {
        pages.open(path);
        visited.add(who + " " + path);
        String view = pages.driver().findElement(By.tagName("body")).getAttribute("data-view");
        titles.computeIfAbsent(who + ": " + pages.driver().getTitle(), t -> new ConcurrentSkipListSet<>())
                .add(view);
        List<String> problems = new ArrayList<>(Axe.violations(pages.driver()));
        problems.addAll(headingsOutOfOrder(pages));
        if ("/errors/403.xhtml".equals(view) && !path.startsWith("errors/")) {
            problems.add("a link this role is shown leads to a page it may not open (403)");
        }
        if (who.endsWith(" lv") || who.equals("public lv")) {
            problems.addAll(overflowAt320(pages));
        }
        if (!problems.isEmpty()) {
            found.put(who + " " + path, problems);
        }
    }

    /**
     * Headings in order (WCAG 1.3.1, 2.4.6): one h1, the page's title, and no level skipped on the way down (an
     * h4 straight after an h2 tells a screen reader's user of a section that is not there).
     */
    @SuppressWarnings("unchecked")
    private static List<String> headingsOutOfOrder(Pages pages) {
        return (List<String>) ((JavascriptExecutor) pages.driver()).executeScript(HEADINGS);
    }

    private static final String HEADINGS = """
            const shown = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')]
                .filter(h => h.getClientRects().length);
            const problems = [];
            let previous = 0;
            for (const h of shown) {
                const level = Number(h.tagName.substring(1));
                if (level > previous + 1) {
                    problems.push('heading order (moderate) [' + h.tagName.toLowerCase() + ' "'
                        + h.textContent.trim().substring(0, 40) + '"]: comes after h' + previous);
                }
                previous = level;
            }
            const ones = shown.filter(h => h.tagName === 'H1').length;
            if (ones !== 1) {
                problems.push('heading order (moderate): ' + ones + ' h1 headings, one expected');
            }
            return problems;
            """;

    /**
     * Reflow (WCAG 1.4.10): at 320 CSS pixels wide, what 1280 pixels are at 400 % zoom, the page does not scroll
     * sideways; a data table may scroll inside its own box. The elements that stick out, if any.
     */
    @SuppressWarnings("unchecked")
    private static List<String> overflowAt320(Pages pages) {
        ChromeDriver chromium = (ChromeDriver) pages.driver();
        chromium.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 320, "height", 720, "deviceScaleFactor", 1, "mobile", false));
        try {
            return ((List<String>) chromium.executeScript(OUTSIDE))
                    .stream()
                            .map(e -> "reflow (serious) [" + e
                                    + "]: wider than 320 CSS pixels, the page scrolls sideways")
                            .toList();
        } finally {
            chromium.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** The innermost elements reaching past the window's right edge, unless a box that scrolls or clips holds them. */
    private static final String OUTSIDE = """
            const width = document.documentElement.clientWidth;
            if (document.documentElement.scrollWidth <= width) return [];
            const scrolls = e => { for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
                const x = getComputedStyle(p).overflowX;
                if (x !== 'visible' && p.getBoundingClientRect().right <= width + 1) return true; }
                return false; };
            const out = Array.from(document.body.querySelectorAll('*')).filter(e => {
                const r = e.getBoundingClientRect(); return r.width > 0 && r.right > width + 1 && !scrolls(e); });
            const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
            return out.filter(e => !out.some(o => o !== e && e.contains(o))).slice(0, 5).map(name);
            """;

    /** The same-site links of the page, as paths below the application's address. */
    @SuppressWarnings("unchecked")
    private List<String> links(Pages pages) {
        String root = base.toExternalForm();
        List<String> hrefs = (List<String>) ((JavascriptExecutor) pages.driver())
                .executeScript("return Array.from(document.querySelectorAll('a[href]')).map(a => a.href);");
        List<String> paths = new ArrayList<>();
        for (String href : hrefs) {
            String bare = href.replaceFirst("#.*$", "");
            if (bare.startsWith(root) && !NOT_A_PAGE.matcher(bare).find()) {
                paths.add(bare.substring(root.length()));
            }
        }
        return paths;
    }

    /** A page's kind: its path and the names of its parameters (a case page, whichever case). */
    private static String kind(String path) {
        int q = path.indexOf('?');
        if (q < 0) {
            return path;
        }
        Set<String> names = new TreeSet<>();
        for (String pair : path.substring(q + 1).split("&")) {
            names.add(pair.replaceFirst("=.*$", ""));
        }
        return path.substring(0, q) + "?" + String.join("&", names);
    }
}
