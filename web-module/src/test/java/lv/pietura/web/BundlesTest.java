package lv.pietura.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every screen speaks Latvian and English: each text key a view uses exists in both bundles, the two
 * bundles have the same keys, and asking for Latvian never falls back to the JVM's default language.
 */
class BundlesTest {

    private static final Path VIEWS = Path.of("src/main/webapp");
    private static final Pattern KEY = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");
    private static final Pattern LITERAL_TEXT = Pattern.compile(
            "(value|header|headerText|label|itemLabel|title|placeholder|summary|message|emptyMessage)=\"[^#\"{][^\"]*[A-Za-z]{3,}");

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream(resource)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> viewKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(VIEWS)) {
            for (Path view : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
                Matcher matcher = KEY.matcher(Files.readString(view));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        return keys;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        for (String bundle : new String[] {"messages", "faces"}) {
            Properties latvian = load("/lv/pietura/web/i18n/" + bundle + ".properties");
            Properties english = load("/lv/pietura/web/i18n/" + bundle + "_en.properties");
            assertThat(english.stringPropertyNames()).as(bundle).isEqualTo(latvian.stringPropertyNames());
        }
    }

    @Test
    void everyKeyAViewUsesExists() throws IOException {
        Properties latvian = load("/lv/pietura/web/i18n/messages.properties");
        assertThat(viewKeys())
                .isNotEmpty()
                .allSatisfy(key -> assertThat(latvian).containsKey(key));
    }

    @Test
    void viewsCarryNoLiteralText() throws IOException {
        try (Stream<Path> files = Files.walk(VIEWS)) {
            for (Path view : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
                assertThat(LITERAL_TEXT.matcher(Files.readString(view)).find())
                        .as(view.toString())
                        .isFalse();
            }
        }
    }

    @Test
    void latvianIsLatvianWhateverTheServersDefaultLanguage() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            ResourceBundle pages =
                    ResourceBundle.getBundle("lv.pietura.web.i18n.messages", Locale.forLanguageTag("lv"));
            assertThat(pages.getString("signIn.submit")).isEqualTo("Pieteikties");
            ResourceBundle rules = ResourceBundle.getBundle("lv.pietura.i18n.rules", Locale.forLanguageTag("lv"));
            assertThat(rules.getString("required")).isEqualTo("Obligāts lauks.");
            ResourceBundle english = ResourceBundle.getBundle("lv.pietura.web.i18n.messages", Locale.ENGLISH);
            assertThat(english.getString("signIn.submit")).isEqualTo("Sign in");
        } finally {
            Locale.setDefault(before);
        }
    }
}
