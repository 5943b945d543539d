package lv.pietura.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Image;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;

/**
 * The user guide's pictures, taken of the pages as they are now, so that they never go stale: every {@code image::}
 * of the Latvian guides ({@code web-module/src/main/guide}) names the page it shows ({@code cases_register.png} is
 * {@code /cases/register}), opened as the demo's user of the guide's role, and the picture is written into the
 * web module ({@code src/main/webapp/help/screenshots}) whenever the page looks different from the picture there
 * (a changed date or number alone does not count), to be committed with the change that altered the page. The English
 * guides show the same pictures.
 */
class GuideScreenshotsIT extends BrowserJourney {

    private static final Path WEB_MODULE = Path.of("..", "web-module", "src", "main");
    private static final Path GUIDES = WEB_MODULE.resolve("guide");
    private static final Path SCREENSHOTS = WEB_MODULE.resolve("webapp/help/screenshots");
    private static final Pattern IMAGE = Pattern.compile("^image::([a-z_-]+)\\.png\\[", Pattern.MULTILINE);
    /** Who shows each role's pages: the demo's user of that role. */
    private static final Map<String, String> USERS = Map.of(
            "clerk", "adazi.clerk",
            "specialist", "vsaa.specialist",
            "service-manager", "vsaa.manager",
            "institution-admin", "vsaa.admin",
            "platform-admin", "admin",
            "supervisor", "ministrija",
            "data-protection-officer", "vsaa.dpo");
    /** The share of pixels that may differ before a picture counts as changed. */
    private static final double UNCHANGED = 0.02;
    /** The pictures are written at this share of the browser window's size. */
    private static final double SCALE = 0.7;

    @Test
    void everyPictureOfTheGuidesIsAScreenshotOfItsPageAsItIsNow() throws IOException {
        Map<String, String> pictures = picturesOfTheGuides();
        assertThat(pictures).as("the guides show pages").isNotEmpty();
        Files.createDirectories(SCREENSHOTS);
        Pages pages = pages();
        List<String> written = new ArrayList<>();
        String signedIn = null;
        for (Map.Entry<String, String> picture : pictures.entrySet()) {
            String user = USERS.get(picture.getValue());
            assertThat(user)
                    .as("a demo user for the guide " + picture.getValue())
                    .isNotNull();
            if (!user.equals(signedIn)) {
                browser.forgetSession();
                pages.signIn(user, DEMO_PASSWORD);
                signedIn = user;
            }
            open(pages, picture.getKey().replace('_', '/'));
            pages.assertNoStackTrace();
            BufferedImage now = scaled(ImageIO.read(
                    new ByteArrayInputStream(((TakesScreenshot) pages.driver()).getScreenshotAs(OutputType.BYTES))));
            Path file = SCREENSHOTS.resolve(picture.getKey() + ".png");
            if (!Files.exists(file) || changed(ImageIO.read(file.toFile()), now)) {
                ImageIO.write(now, "png", file.toFile());
                written.add(file.getFileName().toString());
            }
        }
        try (Stream<Path> files = Files.list(SCREENSHOTS)) {
            assertThat(files.map(f -> f.getFileName().toString().replace(".png", "")))
                    .as("every picture there is one a guide shows")
                    .allMatch(pictures::containsKey);
        }
        System.out.println("User guide screenshots written anew: " + (written.isEmpty() ? "none" : written));
    }

    /** The pictures the Latvian guides show, each with the guide (role) that shows it first. */
    private static Map<String, String> picturesOfTheGuides() throws IOException {
        Map<String, String> pictures = new TreeMap<>();
        try (Stream<Path> guides = Files.list(GUIDES)) {
            for (Path guide : guides.sorted().toList()) {
                String name = guide.getFileName().toString();
                if (name.startsWith("_") || name.endsWith("_en.adoc")) {
                    continue;
                }
                Matcher image = IMAGE.matcher(Files.readString(guide));
                while (image.find()) {
                    pictures.putIfAbsent(image.group(1), name.replace(".adoc", ""));
                }
            }
        }
        return pictures;
    }

    /**
     * Opens the page a picture shows; a case's page is the first of the reader's list, a service's editor the demo's
     * pension (the other tests leave drafts of their own in the manager's list).
     */
    private void open(Pages pages, String path) {
        if (path.equals("services/edit")) {
            pages.open("services/list");
            browser.waiting()
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> !d.findElements(By.xpath("//tr[contains(., 'VSAA-VECUMA-PENSIJA')]//a"))
                            .isEmpty());
            pages.driver()
                    .findElement(By.xpath("//tr[contains(., 'VSAA-VECUMA-PENSIJA')]//a"))
                    .click();
            browser.ajaxDone();
        } else if (path.equals("cases/case")) {
            pages.open("cases/list?list=all");
            browser.waiting()
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> !d.findElements(By.cssSelector("a[href*='case?id=']"))
                            .isEmpty());
            pages.driver().findElement(By.cssSelector("a[href*='case?id=']")).click();
            browser.ajaxDone();
        } else {
            pages.open(path);
        }
        browser.waiting().until(d -> pages.path().startsWith(path));
    }

    private static BufferedImage scaled(BufferedImage shot) {
        int width = (int) Math.round(shot.getWidth() * SCALE);
        int height = (int) Math.round(shot.getHeight() * SCALE);
        BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = scaled.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        graphics.drawImage(shot.getScaledInstance(width, height, Image.SCALE_SMOOTH), 0, 0, null);
        graphics.dispose();
        return scaled;
    }

    /** Whether the page looks different from its picture: another size, or more than a few pixels changed. */
    private static boolean changed(BufferedImage before, BufferedImage now) {
        if (before == null || before.getWidth() != now.getWidth() || before.getHeight() != now.getHeight()) {
            return true;
        }
        long differing = 0;
        for (int y = 0; y < now.getHeight(); y++) {
            for (int x = 0; x < now.getWidth(); x++) {
                if ((before.getRGB(x, y) & 0xFFFFFF) != (now.getRGB(x, y) & 0xFFFFFF)) {
                    differing++;
                }
            }
        }
        return differing > UNCHANGED * now.getWidth() * now.getHeight();
    }
}
