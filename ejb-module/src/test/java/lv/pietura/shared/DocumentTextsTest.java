package lv.pietura.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The documents Pietura writes go out in Latvian, with their values as they are and dates the Latvian way. */
class DocumentTextsTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = DocumentTextsTest.class.getResourceAsStream("/lv/pietura/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void bothLanguagesHaveTheSameTexts() throws IOException {
        assertThat(load("documents_en.properties").stringPropertyNames())
                .isEqualTo(load("documents.properties").stringPropertyNames());
    }

    @Test
    void documentsAreLatvianWhateverTheServersDefaultLanguage() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertThat(DocumentTexts.latvian("result.subject.refused", "Vecuma pensija"))
                    .isEqualTo("Atteikums: Vecuma pensija");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void valuesAreWrittenAsTheyAre() {
        assertThat(DocumentTexts.latvian("report.fileName", 2026)).isEqualTo("pietura-raditaji-2026");
        assertThat(DocumentTexts.latvian("result.body", "2026-000123", "Pensija", "Piešķirta", "", "VSAA"))
                .isEqualTo("Lieta Nr. 2026-000123\nPakalpojums: Pensija\nRezultāts: Piešķirta\n\nVSAA");
        assertThat(DocumentTexts.latvian("report.subject", "{0} 'x'")).isEqualTo("VPVKAC rādītāji: {0} 'x'");
    }

    @Test
    void datesAreWrittenTheLatvianWayInDocumentsAndMailAlike() {
        assertThat(DocumentTexts.latvian("report.body", 2026, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                .contains("par periodu 2026 (01.01.2026 – 31.12.2026)");
        assertThat(DocumentTexts.fill(
                        "lv.pietura.i18n.mail",
                        Locale.ENGLISH,
                        "rating.body",
                        "N-1",
                        "S",
                        "u",
                        LocalDate.of(2026, 12, 4)))
                .contains("04.12.2026");
    }
}
