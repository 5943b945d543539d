package lv.pietura.shared;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Uploaded text files (CSV and JSON imports), judged by their content: not empty, not too large,
 * UTF-8, no NUL bytes. CSV is separated by {@code ;} (as Excel saves it in Latvia) or {@code ,}, as the
 * header line shows.
 */
public final class TextFiles {

    private TextFiles() {}

    /**
     * @throws RuleViolation {@code import.file.empty}, {@code .tooLarge}, {@code .notUtf8} or {@code .notText}
     */
    public static String utf8Text(byte[] content, int maxBytes) {
        if (content == null || content.length == 0) {
            throw new RuleViolation("import.file.empty");
        }
        if (content.length > maxBytes) {
            throw new RuleViolation("import.file.tooLarge", maxBytes / 1024);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new RuleViolation("import.file.notUtf8");
        }
        if (text.indexOf('\0') >= 0) {
            throw new RuleViolation("import.file.notText");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** A CSV record with the line of the file it ends on. */
    public record CsvRow(long line, CSVRecord record) {

        public boolean isBlank() {
            for (String value : record) {
                if (!value.isBlank()) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The records of a CSV text, header first; blank lines are skipped. */
    public static List<CsvRow> csvRows(String text) {
        String firstLine = text.lines().findFirst().orElse("");
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(firstLine.indexOf(';') >= 0 ? ';' : ',')
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<CsvRow> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(new CsvRow(parser.getCurrentLineNumber(), record));
            }
            return rows;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new RuleViolation("import.file.malformed", e.getMessage() == null ? "" : e.getMessage());
        }
    }
}
