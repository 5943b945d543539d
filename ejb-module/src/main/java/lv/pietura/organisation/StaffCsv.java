package lv.pietura.organisation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import lv.pietura.shared.RuleViolation;
import lv.pietura.shared.TextFiles;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a staff list in CSV: UTF-8 text, a header row, columns separated by {@code ;} (as Excel
 * saves it in Latvia) or {@code ,}. Columns, in any order, with Latvian or English headers:
 * {@code username}/{@code lietotājvārds}, {@code full_name}/{@code vārds_uzvārds}, {@code email}/{@code e_pasts},
 * {@code roles}/{@code lomas} (role codes separated by spaces, {@code |} or commas), and optionally
 * {@code centre}/{@code centrs} (the centre's name). The file is checked by its content, whatever it is
 * called.
 */
public final class StaffCsv {

    public static final int MAX_BYTES = 1024 * 1024;
    public static final int MAX_ROWS = 2000;

    /** One data row, as read; {@code line} is the row's line number in the file. */
    public record Row(
            long line,
            String username,
            String fullName,
            String email,
            Set<Role> roles,
            List<String> unknownRoles,
            String centre) {}

    private enum Column {
        USERNAME,
        FULL_NAME,
        EMAIL,
        ROLES,
        CENTRE
    }

    private static final Map<String, Column> HEADERS = Map.of(
            "username",
            Column.USERNAME,
            "lietotājvārds",
            Column.USERNAME,
            "full_name",
            Column.FULL_NAME,
            "vārds_uzvārds",
            Column.FULL_NAME,
            "email",
            Column.EMAIL,
            "e_pasts",
            Column.EMAIL,
            "roles",
            Column.ROLES,
            "lomas",
            Column.ROLES,
            "centre",
            Column.CENTRE,
            "centrs",
            Column.CENTRE);

    /** The sample offered for download on the import screen. */
    public static final String SAMPLE = """
            username;full_name;email;roles;centre
            janis.berzins;Jānis Bērziņš;janis.berzins@example.lv;CLERK;Ādažu novada VPVKAC
            anna.liepa;Anna Liepa;anna.liepa@example.lv;SPECIALIST SERVICE_MANAGER;
            """;

    private StaffCsv() {}

    /**
     * @throws RuleViolation when the file as a whole cannot be read (not text, no header, too big)
     */
    public static List<Row> read(byte[] content) {
        List<TextFiles.CsvRow> records = TextFiles.csvRows(TextFiles.utf8Text(content, MAX_BYTES));
        if (records.isEmpty()) {
            throw new RuleViolation("import.file.noHeader");
        }
        Map<Column, Integer> columns = header(records.get(0).record());
        List<Row> rows = new ArrayList<>();
        for (TextFiles.CsvRow csv : records.subList(1, records.size())) {
            if (csv.isBlank()) {
                continue;
            }
            if (rows.size() == MAX_ROWS) {
                throw new RuleViolation("import.file.tooManyRows", MAX_ROWS);
            }
            rows.add(row(csv.record(), columns, csv.line()));
        }
        return rows;
    }

    private static Map<Column, Integer> header(CSVRecord record) {
        Map<Column, Integer> columns = new HashMap<>();
        for (int i = 0; i < record.size(); i++) {
            Column column = HEADERS.get(record.get(i)
                    .strip()
                    .toLowerCase(Locale.ROOT)
                    .replace('-', '_')
                    .replace(' ', '_'));
            if (column != null) {
                columns.putIfAbsent(column, i);
            }
        }
        List<String> missing = new ArrayList<>();
        for (Column required : List.of(Column.USERNAME, Column.FULL_NAME, Column.EMAIL, Column.ROLES)) {
            if (!columns.containsKey(required)) {
                missing.add(required.name().toLowerCase(Locale.ROOT));
            }
        }
        if (!missing.isEmpty()) {
            throw new RuleViolation("import.file.missingColumns", String.join(", ", missing));
        }
        return columns;
    }

    private static Row row(CSVRecord record, Map<Column, Integer> columns, long line) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        List<String> unknown = new ArrayList<>();
        for (String code : cell(record, columns, Column.ROLES).split("[\\s|,]+")) {
            if (code.isBlank()) {
                continue;
            }
            try {
                roles.add(Role.valueOf(code.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                unknown.add(code.strip());
            }
        }
        String centre = cell(record, columns, Column.CENTRE);
        return new Row(
                line,
                cell(record, columns, Column.USERNAME),
                cell(record, columns, Column.FULL_NAME),
                cell(record, columns, Column.EMAIL),
                roles,
                unknown,
                centre.isBlank() ? null : centre);
    }

    private static String cell(CSVRecord record, Map<Column, Integer> columns, Column column) {
        Integer index = columns.get(column);
        return index == null || index >= record.size() ? "" : record.get(index).strip();
    }
}
