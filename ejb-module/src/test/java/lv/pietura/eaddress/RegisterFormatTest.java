package lv.pietura.eaddress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lv.pietura.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How Pietura reads the Enterprise Register's open data file, line by line. */
class RegisterFormatTest {

    private static final String HEADER = "regcode;sepa;name;regtype;type;registered;terminated;closed;address";
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final RegisterFormat.Columns COLUMNS = RegisterFormat.header(bytes(HEADER));

    @TempDir
    Path directory;

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static RegisterFormat.Entry entry(String line) {
        return RegisterFormat.entry(7, bytes(line), COLUMNS, TODAY);
    }

    @Test
    void aCompanyIsReadByItsColumnsWhereverTheHeaderPutsThem() {
        assertThat(entry("40203000005;LV00;\"SIA \"\"Kalnu Darbnīca\"\"\";K;SIA;2019-03-01;;;\"Rīga; Brīvības 1\""))
                .isEqualTo(new RegisterFormat.Company(7, "40203000005", "SIA \"Kalnu Darbnīca\"", null));
        RegisterFormat.Columns reordered =
                RegisterFormat.header(bytes("\uFEFF\"name\";\"closed\";\"terminated\";\"regcode\""));
        assertThat(RegisterFormat.entry(2, bytes("Kalni;;;40203000005"), reordered, TODAY))
                .isEqualTo(new RegisterFormat.Company(2, "40203000005", "Kalni", null));
    }

    @Test
    void aCompanyTheRegisterClosedIsClosedOnItsDayOrTodayWhenOnlyTheReasonIsGiven() {
        assertThat(entry("40203000005;;Kalni;K;SIA;2019-03-01;2024-05-06;L;"))
                .isEqualTo(new RegisterFormat.Company(7, "40203000005", "Kalni", LocalDate.of(2024, 5, 6)));
        assertThat(entry("40203000005;;Kalni;K;SIA;2019-03-01;2024-05-06T00:00:00;L;"))
                .extracting(e -> ((RegisterFormat.Company) e).closedOn())
                .isEqualTo(LocalDate.of(2024, 5, 6));
        assertThat(entry("40203000005;;Kalni;K;SIA;2019-03-01;;R;"))
                .extracting(e -> ((RegisterFormat.Company) e).closedOn())
                .isEqualTo(TODAY);
    }

    @Test
    void aBrokenLineIsReportedWithItsReasonAndWhatWasWrong() {
        assertThat(entry("40203000006;;Kalni;K;SIA;;;;")).isEqualTo(bad("registerImport.line.regcode", "40203000006"));
        assertThat(entry("4020300000;;Kalni;K;SIA;;;;")).isEqualTo(bad("registerImport.line.regcode", "4020300000"));
        assertThat(entry("40203000005;;  ;K;SIA;;;;")).isEqualTo(bad("registerImport.line.name", "40203000005"));
        assertThat(entry("40203000005;;" + "x".repeat(201) + ";K;SIA;;;;"))
                .isEqualTo(bad("registerImport.line.nameTooLong", "40203000005"));
        assertThat(entry("40203000005;;Kalni;K;SIA;;06.05.2024;L;"))
                .isEqualTo(bad("registerImport.line.date", "06.05.2024"));
        assertThat(entry("40203000005;;Kalni;K;SIA")).isEqualTo(bad("registerImport.line.columns", "5/9"));
        assertThat(entry("40203000005;;\"Kalni;K;SIA;;;;")).isEqualTo(bad("registerImport.line.quotes", null));
        byte[] cp1257 = "40203000005;;Kalnu Darbn\u012bca;K;SIA;;;;".getBytes(Charset.forName("windows-1257"));
        assertThat(RegisterFormat.entry(7, cp1257, COLUMNS, TODAY))
                .isEqualTo(bad("registerImport.line.encoding", null));
        assertThat(RegisterFormat.entry(7, new byte[0], COLUMNS, TODAY))
                .as("an empty line")
                .isNull();
    }

    private static RegisterFormat.Bad bad(String reason, String detail) {
        return new RegisterFormat.Bad(7, reason, detail);
    }

    @Test
    void theColumnsPieturaReadsAreTakenAsTheWholeLineWouldBeRead() {
        List<String> lines = List.of(
                "40203000005;LV00;\"SIA \"\"Kalni\"\"\";K;SIA;2019-03-01;;;\"Rīga; Brīvības 1\"",
                "40203000005;;Kalni;K;SIA;;2024-05-06;L;",
                "40203000005;;\"\";K;SIA;;;;",
                "40203000005;;\"Kal\"ni;K;SIA;;;;",
                "40203000005;;\"Kal\"n\"i\";K;SIA;;;;",
                "40203000005;;Ka\"l;n\"i;K;SIA;;;;",
                "\"40203000005\";;\"a;b\";\"K\";SIA;;\"2024-05-06\";\"L\";\"x\"\"\"",
                ";;;;;;;;",
                "40203000005;;Kalni;K;SIA",
                "40203000005;;Kalni;K;SIA;;;;;;",
                "40203000005;;\"Kalni;K;SIA;;;;",
                "40203000005;;Kalni\";K;SIA;;;;");
        for (String line : lines) {
            List<String> all = RegisterFormat.fields(line);
            String[] picked = new String[RegisterFormat.Columns.PICKED];
            int count = RegisterFormat.pick(line, COLUMNS, picked);
            if (all == null) {
                assertThat(count).as(line).isEqualTo(-1);
                continue;
            }
            assertThat(count).as(line).isEqualTo(all.size());
            for (int i = 0; i < all.size(); i++) {
                int slot = COLUMNS.slot(i);
                if (slot >= 0) {
                    assertThat(picked[slot]).as(line + " column " + i).isEqualTo(all.get(i));
                }
            }
        }
    }

    @Test
    void aFileWithoutTheColumnsPieturaReadsIsRefusedNamingThem() {
        assertThatThrownBy(() -> RegisterFormat.header(bytes("kods;nosaukums;terminated")))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.messageKey()).isEqualTo("registerImport.header");
                    assertThat(v.arguments()).containsExactly("regcode, name, closed");
                });
    }

    @Test
    void recordsEndAtLineEndsOutsideQuotesAndKnowWhereTheNextBegins() throws IOException {
        Path file = directory.resolve("register.csv");
        String text = HEADER + "\r\n"
                + "40203000005;;\"Kalni\nun lejas\";K;SIA;;;;\r\n"
                + "\n"
                + "40203000024;;Ozols;K;SIA;;;;";
        Files.writeString(file, text);
        List<String> records = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        long afterFirst;
        try (RegisterRecords reader = RegisterRecords.open(file, 0, 1)) {
            reader.next();
            records.add(new String(reader.next(), StandardCharsets.UTF_8));
            lines.add(reader.recordLine());
            afterFirst = reader.offset();
            assertThat(reader.nextLine()).isEqualTo(4);
            for (byte[] r = reader.next(); r != null; r = reader.next()) {
                records.add(new String(r, StandardCharsets.UTF_8));
                lines.add(reader.recordLine());
            }
        }
        assertThat(records)
                .containsExactly("40203000005;;\"Kalni\nun lejas\";K;SIA;;;;", "", "40203000024;;Ozols;K;SIA;;;;");
        assertThat(lines).containsExactly(2L, 4L, 5L);
        try (RegisterRecords again = RegisterRecords.open(file, afterFirst, 4)) {
            assertThat(again.next()).isEmpty();
            assertThat(new String(again.next(), StandardCharsets.UTF_8)).startsWith("40203000024");
            assertThat(again.recordLine()).isEqualTo(5);
        }
    }

    @Test
    void aQuoteLeftOpenDoesNotSwallowTheRestOfTheFile() throws IOException {
        Path file = directory.resolve("open-quote.csv");
        StringBuilder text = new StringBuilder(HEADER).append('\n').append("40203000005;;\"Kalni;K;SIA;;;;\n");
        for (int i = 0; i < 1000; i++) {
            text.append("40203000024;;Ozols;K;SIA;;;;\n");
        }
        Files.writeString(file, text);
        int count = 0;
        try (RegisterRecords reader = RegisterRecords.open(file, 0, 1)) {
            reader.next();
            for (byte[] r = reader.next(); r != null; r = reader.next()) {
                count++;
            }
        }
        assertThat(count)
                .as("the broken record, then the lines after it once it has passed the limit")
                .isGreaterThan(600);
    }

    @Test
    void aFileInAnotherEncodingIsRefusedWholeAndAFewBrokenLinesAreLeftToTheImport() throws IOException {
        RegisterFiles files = new RegisterFiles();
        StringBuilder lines = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < 50; i++) {
            lines.append("40203000005;;Kalnu Darbnīca ").append(i).append(";K;SIA;;;;\n");
        }
        Path latin = directory.resolve("latin.csv");
        Files.write(latin, lines.toString().getBytes(Charset.forName("windows-1257")));
        assertThatThrownBy(() -> files.check(latin)).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.messageKey()).isEqualTo("registerImport.encoding");
            assertThat(v.arguments()).containsExactly(2L);
        });
        Path fine = directory.resolve("fine.csv");
        byte[] one = "40203000024;;Ozols \u0101;K;SIA;;;;\n".getBytes(Charset.forName("windows-1257"));
        Files.write(fine, concat(lines.toString().getBytes(StandardCharsets.UTF_8), one));
        assertThat(files.check(fine)).isEqualTo(51);
        Path empty = directory.resolve("empty.csv");
        Files.writeString(empty, HEADER + "\n");
        assertThatThrownBy(() -> files.check(empty)).hasMessageContaining("registerImport.empty");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void anUploadedFileKeepsASafeFormOfItsNameAndOnlyACsvIsTaken() {
        assertThat(RegisterFiles.safeName("C:\\Lejupielādes\\register (2).csv")).isEqualTo("register__2_.csv");
        assertThat(RegisterFiles.safeName("../../etc/reģistrs.CSV")).isEqualTo("registrs.csv");
        assertThatThrownBy(() -> RegisterFiles.safeName("register.xlsx"))
                .hasMessageContaining("registerImport.file.type");
        assertThatThrownBy(() -> RegisterFiles.safeName(".csv")).hasMessageContaining("registerImport.file.type");
    }

    @Test
    void aNumberIsSeenOnceAmongMillions() {
        NumberSet seen = new NumberSet();
        for (long n = 40_000_000_000L; n < 40_000_300_000L; n++) {
            assertThat(seen.add(n)).isTrue();
        }
        assertThat(seen.add(40_000_123_456L)).isFalse();
        assertThat(seen.add(90_000_000_000L)).isTrue();
        assertThat(seen.size()).isEqualTo(300_001);
    }
}
