package lv.pietura.web.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lv.pietura.organisation.Role;
import org.junit.jupiter.api.Test;

/**
 * Every page has its short help in Latvian and in English ({@code help.<page>}), a role's own text is in both
 * languages too, and no help is left for a page that is gone.
 */
class EveryPageHasHelpTest {

    private static final Path VIEWS = Path.of("src/main/webapp");

    @Test
    void everyPageHasItsHelpInBothLanguages() throws IOException {
        Properties lv = bundle("messages.properties");
        Properties en = bundle("messages_en.properties");
        List<String> pages = pages();
        assertThat(pages).hasSizeGreaterThan(40);
        for (String page : pages) {
            String key = PageHelp.keyOf(page);
            assertThat(lv.getProperty(key)).as("%s in Latvian", key).isNotBlank();
            assertThat(en.getProperty(key)).as("%s in English", key).isNotBlank();
            assertThat(lv.getProperty(key))
                    .as("%s is not the English text", key)
                    .isNotEqualTo(en.getProperty(key));
        }
    }

    @Test
    void aRolesOwnHelpIsInBothLanguagesAndEveryHelpHasItsPage() throws IOException {
        Properties lv = bundle("messages.properties");
        Properties en = bundle("messages_en.properties");
        Set<String> pageKeys = pages().stream().map(PageHelp::keyOf).collect(Collectors.toSet());
        Set<String> roles = Stream.of(Role.values()).map(Role::name).collect(Collectors.toSet());
        for (Properties bundle : List.of(lv, en)) {
            for (String key : bundle.stringPropertyNames()) {
                if (!key.startsWith("help.") || key.equals("help.title")) {
                    continue;
                }
                String role = key.substring(key.lastIndexOf('.') + 1);
                String page = roles.contains(role) ? key.substring(0, key.lastIndexOf('.')) : key;
                assertThat(pageKeys).as("the page of %s", key).contains(page);
                assertThat(lv.getProperty(key)).as("%s in Latvian", key).isNotBlank();
                assertThat(en.getProperty(key)).as("%s in English", key).isNotBlank();
            }
        }
    }

    @Test
    void aPagesKeyIsItsPathWithDots() {
        assertThat(PageHelp.keyOf("/cases/case.xhtml")).isEqualTo("help.cases.case");
        assertThat(PageHelp.keyOf("/admin/kpi-jobs.xhtml")).isEqualTo("help.admin.kpi-jobs");
        assertThat(PageHelp.keyOf("/index.xhtml")).isEqualTo("help.index");
    }

    /** The view ids of the pages (not the templates, includes and resources). */
    private static List<String> pages() throws IOException {
        try (Stream<Path> files = Files.walk(VIEWS)) {
            return files.filter(p -> p.toString().endsWith(".xhtml"))
                    .map(p -> "/" + VIEWS.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("/WEB-INF/") && !p.startsWith("/resources/"))
                    .sorted()
                    .toList();
        }
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = EveryPageHasHelpTest.class.getResourceAsStream("/lv/pietura/web/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
