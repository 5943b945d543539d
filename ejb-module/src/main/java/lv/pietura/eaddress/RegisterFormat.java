package lv.pietura.eaddress;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lv.pietura.shared.RegistrationNumber;
import lv.pietura.shared.RuleViolation;

/**
 * The Enterprise Register's open data file ({@code register.csv} on data.gov.lv): UTF-8, fields separated by
 * semicolons, optionally in double quotes (a quote inside doubled), a header naming the columns. Pietura reads
 * {@code regcode}, {@code name}, {@code terminated} (the day the Register closed the company) and {@code closed}
 * (why: liquidated, reorganised, excluded); the other columns ({@code type}, {@code registered},
 * {@code address}, ...) may be there in any order.
 */
final class RegisterFormat {

    static final List<String> REQUIRED = List.of("regcode", "name", "terminated", "closed");

    /** What an entry of the file says, or why a line says nothing usable. */
    sealed interface Entry {
        long line();
    }

    /** A company as the Register lists it; {@code closedOn} null while it exists. */
    record Company(long line, String regcode, String name, LocalDate closedOn) implements Entry {}

    /** A line that could not be taken: the reason is a message key, the detail what was wrong. */
    record Bad(long line, String reason, String detail) implements Entry {}

    /** Where the columns Pietura reads stand in the file's header. */
    record Columns(int count, int regcode, int name, int terminated, int closed) {

        /** How many columns Pietura reads: regcode, name, terminated, closed, in this order. */
        static final int PICKED = 4;

        /** Where column {@code index} goes among the picked ones, or -1: a column Pietura does not read. */
        int slot(int index) {
            if (index == regcode) {
                return 0;
            }
            if (index == name) {
                return 1;
            }
            if (index == terminated) {
                return 2;
            }
            return index == closed ? 3 : -1;
        }
    }

    private RegisterFormat() {}

    /** The header's columns; a header without one of {@link #REQUIRED} is refused, naming what is missing. */
    static Columns header(byte[] record) {
        String text;
        try {
            text = decode(record);
        } catch (CharacterCodingException e) {
            throw new RuleViolation("registerImport.encoding", 1);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> names = fields(text);
        List<String> lower = names == null
                ? List.of()
                : names.stream().map(n -> n.strip().toLowerCase(Locale.ROOT)).toList();
        List<String> missing = REQUIRED.stream().filter(r -> !lower.contains(r)).toList();
        if (!missing.isEmpty()) {
            throw new RuleViolation("registerImport.header", String.join(", ", missing));
        }
        return new Columns(
                lower.size(),
                lower.indexOf("regcode"),
                lower.indexOf("name"),
                lower.indexOf("terminated"),
                lower.indexOf("closed"));
    }

    /**
     * The entry of one record (line {@code line} of the file); null for an empty line. A company without a
     * {@code terminated} day but with a reason in {@code closed} counts as closed {@code today}.
     */
    static Entry entry(long line, byte[] record, Columns columns, LocalDate today) {
        if (record.length == 0) {
            return null;
        }
        if (record.length > RegisterRecords.LONGEST) {
            return new Bad(line, "registerImport.line.tooLong", null);
        }
        String text;
        try {
            text = decode(record);
        } catch (CharacterCodingException e) {
            return new Bad(line, "registerImport.line.encoding", null);
        }
        if (text.isBlank()) {
            return null;
        }
        String[] picked = new String[Columns.PICKED];
        int count = pick(text, columns, picked);
        if (count < 0) {
            return new Bad(line, "registerImport.line.quotes", null);
        }
        if (count != columns.count()) {
            return new Bad(line, "registerImport.line.columns", count + "/" + columns.count());
        }
        String regcode = picked[0].strip();
        if (!RegistrationNumber.isValid(regcode) || regcode.contains(" ")) {
            return new Bad(line, "registerImport.line.regcode", shortened(regcode));
        }
        String name = picked[1].strip();
        if (name.isEmpty()) {
            return new Bad(line, "registerImport.line.name", regcode);
        }
        if (name.length() > EAddressAccount.NAME_MAX) {
            return new Bad(line, "registerImport.line.nameTooLong", regcode);
        }
        String terminated = picked[2].strip();
        LocalDate closedOn = null;
        if (!terminated.isEmpty()) {
            try {
                closedOn = LocalDate.parse(terminated.length() > 10 ? terminated.substring(0, 10) : terminated);
            } catch (DateTimeParseException e) {
                return new Bad(line, "registerImport.line.date", shortened(terminated));
            }
        } else if (!picked[3].isBlank()) {
            closedOn = today;
        }
        return new Company(line, regcode, name, closedOn);
    }

    /**
     * The columns Pietura reads of a line into {@code picked} (in {@link Columns#slot} order), as {@link #fields}
     * would give them, without making strings of the others (two million lines a file); the number of fields
     * the line has, or -1 when a quote is left open.
     */
    static int pick(String line, Columns columns, String[] picked) {
        int length = line.length();
        int quote = line.indexOf('"');
        int index = 0;
        int at = 0;
        while (true) {
            if (quote >= 0 && quote < at) {
                quote = line.indexOf('"', at);
            }
            int slot = columns.slot(index);
            int end;
            if (quote == at) {
                int closing = closingQuote(line, at + 1);
                if (closing < 0) {
                    return -1;
                }
                end = line.indexOf(';', closing);
                end = end < 0 ? length : end;
                quote = line.indexOf('"', closing + 1);
                if (quote >= 0 && quote < end) {
                    return pickSlowly(line, columns, picked); // text after the closing quote opens another
                }
                if (slot >= 0) {
                    String quoted = line.substring(at + 1, closing).replace("\"\"", "\"");
                    picked[slot] = closing + 1 == end ? quoted : quoted + line.substring(closing + 1, end);
                }
            } else {
                end = line.indexOf(';', at);
                end = end < 0 ? length : end;
                if (quote >= 0 && quote < end) {
                    return pickSlowly(line, columns, picked); // a quote opened inside the field
                }
                if (slot >= 0) {
                    picked[slot] = line.substring(at, end);
                }
            }
            index++;
            if (end >= length) {
                return index;
            }
            at = end + 1;
        }
    }

    /** Where the quote that closes a field opened before {@code from} stands (a doubled quote is a quote), or -1. */
    private static int closingQuote(String line, int from) {
        int at = from;
        while (true) {
            int quote = line.indexOf('"', at);
            if (quote < 0) {
                return -1;
            }
            if (quote + 1 < line.length() && line.charAt(quote + 1) == '"') {
                at = quote + 2;
            } else {
                return quote;
            }
        }
    }

    private static int pickSlowly(String line, Columns columns, String[] picked) {
        List<String> fields = fields(line);
        if (fields == null) {
            return -1;
        }
        for (int i = 0; i < fields.size(); i++) {
            int slot = columns.slot(i);
            if (slot >= 0) {
                picked[slot] = fields.get(i);
            }
        }
        return fields.size();
    }

    /** The fields of a line: separated by semicolons, quoted or not; null when a quote is left open. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>(24);
        StringBuilder field = new StringBuilder(64);
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ';') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        fields.add(field.toString());
        return fields;
    }

    /**
     * Strict UTF-8: a byte sequence that is not UTF-8 is refused, never replaced. The platform's decoding replaces
     * what is not UTF-8 with U+FFFD; only a line where that character turns up (replaced, or written so in the file)
     * is decoded again strictly to tell which.
     */
    static String decode(byte[] bytes) throws CharacterCodingException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.indexOf('\uFFFD') < 0 ? text : strictly(bytes);
    }

    private static String strictly(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    private static String shortened(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
