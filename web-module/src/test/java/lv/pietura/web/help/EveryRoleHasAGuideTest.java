package lv.pietura.web.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lv.pietura.organisation.Role;
import org.junit.jupiter.api.Test;

/**
 * Every staff role has its user guide in Latvian and in English, rendered by the build (Asciidoctor) into HTML that
 * the WAR carries; both languages show the same pictures, each of which is in the web module (the browser suite takes
 * them: {@code GuideScreenshotsIT}), and no picture is left that no guide shows.
 */
class EveryRoleHasAGuideTest {

    private static final Path GUIDES = Path.of("src/main/guide");
    private static final Path RENDERED = Path.of("target/user-guide");
    private static final Path SCREENSHOTS = Path.of("src/main/webapp/help/screenshots");
    private static final Pattern IMAGE = Pattern.compile("^image::([a-z_-]+\\.png)\\[[^\\]]+]", Pattern.MULTILINE);

    @Test
    void everyRoleHasItsGuideInBothLanguagesRenderedByTheBuild() throws IOException {
        for (Role role : GuidePage.ROLES) {
            String file = GuidePage.fileOf(role);
            for (String language : new String[] {"", "_en"}) {
                assertThat(GUIDES.resolve(file + language + ".adoc"))
                        .as(role + language)
                        .exists();
                Path html = RENDERED.resolve(file + language + ".html");
                assertThat(html).as("rendered: " + html).exists();
                assertThat(Files.readString(html))
                        .as(html + " has sections")
                        .contains("<h2")
                        .as(html + " has no unresolved include")
                        .doesNotContain("Unresolved directive")
                        .as(html + ": a picture's description whole (unquoted, a comma cuts it into attributes)")
                        .doesNotContain(" width=\"", " height=\"");
            }
            assertThat(pictures(file + ".adoc"))
                    .as("the English guide of %s shows the same pictures", role)
                    .isEqualTo(pictures(file + "_en.adoc"));
        }
    }

    @Test
    void everyPictureIsThereAndEveryPictureThereIsShown() throws IOException {
        Set<String> shown = new TreeSet<>();
        try (Stream<Path> guides = Files.list(GUIDES)) {
            for (Path guide : guides.toList()) {
                shown.addAll(pictures(guide.getFileName().toString()));
            }
        }
        assertThat(shown).isNotEmpty();
        for (String picture : shown) {
            assertThat(SCREENSHOTS.resolve(picture))
                    .as("taken by GuideScreenshotsIT")
                    .exists();
        }
        try (Stream<Path> files = Files.list(SCREENSHOTS)) {
            assertThat(files.map(f -> f.getFileName().toString()).collect(Collectors.toSet()))
                    .as("no picture that no guide shows")
                    .isSubsetOf(shown);
        }
    }

    private static Set<String> pictures(String guide) throws IOException {
        Set<String> pictures = new TreeSet<>();
        Matcher image = IMAGE.matcher(Files.readString(GUIDES.resolve(guide)));
        while (image.find()) {
            pictures.add(image.group(1));
        }
        return pictures;
    }
}
