package lv.pietura.it.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium for the journeys. Binary and driver are named explicitly so that Selenium never tries to
 * download a browser. If Chromium cannot start, the test fails: a browser test never skips. A failing test leaves a
 * screenshot in target/screenshots. The journeys' browser ({@link #sharedByTheClasses()}) is started once and, after
 * each test class, brought back to how a class finds a new one (one window on a blank page, no cookies, no stored
 * data, no downloads, the window's size and the driver's timeouts as at the start), which saves a Chromium's start
 * for every class; a browser that cannot be brought back is closed, and the next class starts a new one.
 */
public class Browser implements AfterAllCallback, TestWatcher {

    private static final Dimension WINDOW = new Dimension(1400, 1000);
    private static final Duration PAGE_LOAD = Duration.ofSeconds(60);
    private static final Duration SCRIPT = Duration.ofSeconds(30);

    private static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

    private ChromeDriver driver;
    /** What this Chromium writes and reads (its profile, its downloads, the files it uploads): gone when it quits. */
    private Path scratch;

    private Path downloads;
    private String window;
    private final boolean shared;

    /** A browser of its own, closed after the class (or when its user calls {@link #afterAll}). */
    public Browser() {
        this(false);
    }

    private Browser(boolean shared) {
        this.shared = shared;
    }

    /** The browser the journeys share: kept from class to class, each finding it as new; closed when the JVM ends. */
    static Browser sharedByTheClasses() {
        Browser browser = new Browser(true);
        Runtime.getRuntime().addShutdownHook(new Thread(browser::quit, "pietura-chromium-quit"));
        return browser;
    }

    public WebDriver driver() {
        if (driver == null) {
            start();
        }
        return driver;
    }

    private void start() {
        Path profile;
        try {
            scratch = Files.createTempDirectory("pietura-chromium");
            profile = Files.createDirectory(scratch.resolve("profile"));
            downloads = Files.createDirectory(scratch.resolve("downloads"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.setExperimentalOption(
                "prefs",
                Map.of("download.default_directory", downloads.toString(), "download.prompt_for_download", false));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=" + WINDOW.getWidth() + "," + WINDOW.getHeight(),
                "--lang=lv",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(PAGE_LOAD);
        window = driver.getWindowHandle();
    }

    public WebDriverWait waiting() {
        // asked again every 50 ms, not every 500 ms (Selenium's default): most waits are over in a few
        return new WebDriverWait(driver(), Duration.ofSeconds(20), Duration.ofMillis(50));
    }

    /** {@code content} as a file named {@code name} for the browser to upload, deleted when the browser quits. */
    public Path fileToUpload(String name, byte[] content) {
        try {
            driver(); // started, so that its scratch directory is there
            return Files.write(Files.createTempDirectory(scratch, "upload").resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file the browser downloaded, once it is complete. */
    public Path downloaded(String name) {
        Path file = downloads.resolve(name);
        waiting().until(d -> Files.exists(file) && !Files.exists(downloads.resolve(name + ".crdownload")));
        return file;
    }

    /** Waits until no Faces/PrimeFaces Ajax request is running. */
    public void ajaxDone() {
        waiting()
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                        .executeScript("return document.readyState === 'complete'"
                                + " && (!window.jQuery || jQuery.active === 0)"
                                + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());")));
    }

    /** Forgets the session (as a new visitor would arrive). */
    public void forgetSession() {
        driver().manage().deleteAllCookies();
    }

    /** Forgets the cookies of every site, the identity provider's sign-in too. */
    public void forgetAllSessions() {
        ((ChromeDriver) driver()).executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (driver == null) {
            return;
        }
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Files.write(
                    dir.resolve(context.getRequiredTestClass().getSimpleName() + "-"
                            + context.getRequiredTestMethod().getName() + ".png"),
                    driver.getScreenshotAs(OutputType.BYTES));
            Files.writeString(
                    dir.resolve(context.getRequiredTestClass().getSimpleName() + "-"
                            + context.getRequiredTestMethod().getName() + ".html"),
                    driver.getPageSource());
        } catch (IOException | RuntimeException e) {
            // the test's own failure is what matters
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver == null) {
            return;
        }
        if (shared) {
            try {
                asNew();
                return;
            } catch (WebDriverException | IOException e) {
                // not to be brought back: the next class starts a new one
            }
        }
        quit();
    }

    /** Brings the browser back to how it started: what one class leaves, the next must not find. */
    private void asNew() throws IOException {
        try {
            driver.switchTo().alert().dismiss();
        } catch (NoAlertPresentException none) {
            // the usual case
        }
        for (String other : driver.getWindowHandles()) {
            if (!other.equals(window)) {
                driver.switchTo().window(other).close();
            }
        }
        driver.switchTo().window(window);
        driver.executeScript("try { localStorage.clear(); sessionStorage.clear(); } catch (e) {}");
        driver.get("about:blank");
        forgetAllSessions();
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        driver.manage().window().setSize(WINDOW);
        driver.manage()
                .timeouts()
                .pageLoadTimeout(PAGE_LOAD)
                .scriptTimeout(SCRIPT)
                .implicitlyWait(Duration.ZERO);
        try (Stream<Path> files = Files.list(downloads)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    private synchronized void quit() {
        if (driver != null) {
            try {
                driver.quit();
            } catch (WebDriverException gone) {
                // closed already
            }
            driver = null;
            deleteScratch();
        }
    }

    private void deleteScratch() {
        try (Stream<Path> files = Files.walk(scratch)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException | UncheckedIOException e) {
            // a temporary directory the system clears in the end; the tests do not depend on it
        }
    }
}
