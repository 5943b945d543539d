package lv.pietura.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A platform administrator fills the addressee catalogue from a register file on the page: a file in another
 * encoding is refused with its reason and not kept; the Register's file is uploaded, imported, and the page shows
 * the import's progress to its end with what it did and its bad line; a consultant then finds the new company, not
 * the one the Register had closed already.
 */
class RegisterImportJourneyIT extends BrowserJourney {

    private static final String HEADER = "regcode;sepa;name;name_before_quotes;name_in_quotes;name_after_quotes;"
            + "without_quotes;regtype;regtype_text;type;type_text;registered;terminated;closed;address;index;addressid;"
            + "region;city;atvk;reregistration_term";

    private static String line(String regcode, String name, String terminated, String closed) {
        return regcode + ";LV00" + regcode + ";\"" + name.replace("\"", "\"\"") + "\";SIA;;;;K;Komercreģistrs;SIA;"
                + "Sabiedrība ar ierobežotu atbildību;2015-06-01;" + terminated + ";" + closed
                + ";\"Ādažu nov., Ādaži, Pirmā iela 1\";LV-2164;;;;;";
    }

    /** A name no other test gives its file. */
    private static final String FILE = "uznemumi-2026-12.csv";

    private int rowOf(String table, String text) {
        List<String> rows = pages().rows(table);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError(text + " is not in " + table + ": " + rows);
    }

    @Test
    void anAdministratorImportsTheRegistersFileAndFollowsItToItsEnd() {
        Pages pages = pages();
        browser.forgetSession();
        pages.signIn("admin", DEMO_PASSWORD);
        pages.click("menuForm:registerImport");
        assertThat(pages.heading()).isEqualTo("Uzņēmumu reģistra imports");

        String text = HEADER + "\n" + line("40203001000", "SIA \"Ūdensrozes\"", "", "") + "\n"
                + line("40203000005", "SIA Kalnu Darbnīca", "", "") + "\n"
                + line("4020300100", "SIA Bez Numura", "", "") + "\n"
                + line("40203001015", "SIA Sen Likvidētā", "2024-12-01", "L") + "\n";
        pages.upload("uploadForm:file_input", "udensrozes.csv", text.getBytes(Charset.forName("windows-1257")));
        browser.ajaxDone();
        browser.waiting().until(d -> pages.messages().contains("UTF-8"));
        assertThat(pages.messages()).contains("Fails nav UTF-8 kodējumā");
        assertThat(pages.rows("filesForm:files")).noneMatch(r -> r.contains("udensrozes"));

        pages.upload("uploadForm:file_input", FILE, text.getBytes(StandardCharsets.UTF_8));
        browser.ajaxDone();
        browser.waiting().until(d -> pages.rows("filesForm:files").stream().anyMatch(r -> r.contains(FILE)));
        int row = rowOf("filesForm:files", FILE);
        pages.click("filesForm:files:" + row + ":start");
        pages.dialogShown("confirm");
        pages.click("confirmYes");
        assertThat(pages.messages()).contains("Fails „" + FILE + "” pārbaudīts, imports sākts.");
        browser.waiting()
                .withTimeout(Duration.ofSeconds(60))
                .until(d -> pages.rows("importsForm:imports").stream()
                        .anyMatch(r -> r.contains(FILE) && r.contains("Pabeigta")));
        String done = "importsForm:imports:" + rowOf("importsForm:imports", FILE) + ":";
        assertThat(pages.text(done + "progress")).isEqualTo("100 %");
        assertThat(pages.text(done + "lines")).isEqualTo("4");
        assertThat(pages.text(done + "created"))
                .as("one of them closed already")
                .isEqualTo("2");
        assertThat(pages.text(done + "unchanged")).isEqualTo("1");
        assertThat(pages.text(done + "bad")).isEqualTo("1");
        pages.click(done + "problems");
        browser.ajaxDone();
        assertThat(pages.rows("problemsForm:problems"))
                .singleElement()
                .asString()
                .contains("4", "nederīgs reģistrācijas numurs", "4020300100");
        pages.assertNoStackTrace();

        pages.signOut();
        pages.signIn("adazi.clerk", DEMO_PASSWORD);
        pages.click("menuForm:composeMessage");
        pages.type("composeForm:query", "Ūdensrozes");
        pages.click("composeForm:search");
        assertThat(pages.rows("composeForm:found")).singleElement().asString().contains("SIA \"Ūdensrozes\"");
        pages.type("composeForm:query", "Sen Likvidētā");
        pages.click("composeForm:search");
        assertThat(pages.rows("composeForm:found")).noneMatch(r -> r.contains("40203001015"));
    }
}
