package lv.pietura.web.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The staff's release notes: the same releases in both languages, newest first, rendered with no HTML let through. */
class WhatsNewTest {

    private final WhatsNew notes = new WhatsNew();

    @Test
    void bothLanguagesHoldTheSameReleasesNewestFirst() {
        List<WhatsNew.Release> lv = notes.releases(Locale.forLanguageTag("lv"));
        List<WhatsNew.Release> en = notes.releases(Locale.ENGLISH);
        assertThat(lv).isNotEmpty();
        assertThat(lv)
                .extracting(WhatsNew.Release::name)
                .isEqualTo(en.stream().map(WhatsNew.Release::name).toList());
        assertThat(lv)
                .extracting(WhatsNew.Release::day)
                .isEqualTo(en.stream().map(WhatsNew.Release::day).toList());
        assertThat(lv).extracting(WhatsNew.Release::day).allMatch(day -> day.matches("\\d\\d\\.\\d\\d\\.\\d{4}"));
        assertThat(lv).extracting(WhatsNew.Release::name).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(notes.current()).isEqualTo(lv.get(0).name());
        assertThat(lv.get(0).html()).contains("<li>", "<strong>").doesNotContain("##");
        assertThat(lv.get(0).html()).isNotEqualTo(en.get(0).html());
    }

    @Test
    void aReleaseIsItsSectionAndHtmlInTheNotesIsShownAsText() {
        List<WhatsNew.Release> releases = WhatsNew.split("""
                ## 2027.01 · 04.01.2027

                - one <script>alert(1)</script> [link](javascript:alert(2))

                ## 2026.12 · 05.12.2026

                - two
                """);
        assertThat(releases).extracting(WhatsNew.Release::name).containsExactly("2027.01", "2026.12");
        assertThat(releases.get(0).html())
                .contains("&lt;script&gt;")
                .doesNotContain("<script>")
                .doesNotContain("javascript:");
        assertThat(releases.get(1).html()).contains("<li>two</li>");
    }
}
