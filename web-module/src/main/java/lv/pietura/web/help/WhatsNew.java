package lv.pietura.web.help;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The release notes for staff, written in Markdown in the repository ({@code whats-new/whats-new.md}, English in
 * {@code whats-new_en.md}): one section a release, headed {@code ## <release> · <day>}, newest first. Rendered by
 * commonmark with any HTML in them escaped, once per language.
 */
@ApplicationScoped
public class WhatsNew {

    private static final Parser MARKDOWN = Parser.builder().build();
    private static final HtmlRenderer HTML =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    /** One release: its name, its day as written, and its notes as HTML. */
    public record Release(String name, String day, String html) implements Serializable {}

    private final Map<String, List<Release>> byLanguage = new ConcurrentHashMap<>();

    /** The releases, newest first, in the reader's language (Latvian unless English). */
    public List<Release> releases(Locale locale) {
        String language = "en".equals(locale.getLanguage()) ? "en" : "lv";
        return byLanguage.computeIfAbsent(language, WhatsNew::read);
    }

    /** The release this build is: the newest in the notes. */
    public String current() {
        return releases(Locale.ROOT).get(0).name();
    }

    static List<Release> read(String language) {
        String file = "/lv/pietura/web/whats-new/whats-new" + ("en".equals(language) ? "_en" : "") + ".md";
        try (InputStream in = WhatsNew.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("No release notes at " + file);
            }
            return split(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sections of the notes, each from its {@code ## } heading to the next. */
    static List<Release> split(String markdown) {
        List<Release> releases = new ArrayList<>();
        String heading = null;
        StringBuilder body = new StringBuilder();
        for (String line : (markdown + "\n## end").split("\n", -1)) {
            if (line.startsWith("## ")) {
                if (heading != null) {
                    String[] parts = heading.split("·", 2);
                    releases.add(new Release(
                            parts[0].strip(),
                            parts.length > 1 ? parts[1].strip() : "",
                            HTML.render(MARKDOWN.parse(body.toString()))));
                }
                heading = line.substring(3);
                body.setLength(0);
            } else if (heading != null) {
                body.append(line).append('\n');
            }
        }
        if (releases.isEmpty()) {
            throw new IllegalStateException("The release notes hold no release");
        }
        return List.copyOf(releases);
    }
}
