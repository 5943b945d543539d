package lv.pietura.eaddress;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import lv.pietura.shared.PersonalCode;
import lv.pietura.shared.RegistrationNumber;
import lv.pietura.shared.RuleViolation;

/**
 * The addressees of a bulk message as a sender lists them, for example a municipality's extract of its
 * residents: personal codes and registration numbers, one per line or in the first column of a CSV
 * (comma, semicolon or tab). A first line without digits is a header. Codes are kept without the dash,
 * each once, in the order given; lines that are no valid code are reported with their line number.
 */
public record AddresseeList(List<String> identifiers, List<Line> invalid) implements Serializable {

    /** The most addressees one bulk message may have. */
    public static final int MAX = 200_000;

    private static final Pattern FIELD_SEPARATOR = Pattern.compile("[,;\\t]");

    /** A line that is not a personal code or registration number. */
    public record Line(int number, String text) implements Serializable {}

    public AddresseeList {
        identifiers = List.copyOf(identifiers);
        invalid = List.copyOf(invalid);
    }

    public static AddresseeList parse(String text) {
        Set<String> identifiers = new LinkedHashSet<>();
        List<Line> invalid = new ArrayList<>();
        String[] lines = (text == null ? "" : text).split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String first = FIELD_SEPARATOR
                    .split(lines[i], 2)[0]
                    .replace("\"", "")
                    .replace("\uFEFF", "")
                    .strip();
            if (first.isEmpty() || i == 0 && !first.matches(".*\\d.*")) {
                continue;
            }
            if (PersonalCode.isValid(first)) {
                identifiers.add(PersonalCode.of(first).value());
            } else if (RegistrationNumber.isValid(first)) {
                identifiers.add(RegistrationNumber.of(first).value());
            } else {
                invalid.add(new Line(i + 1, first.length() > 40 ? first.substring(0, 40) + "…" : first));
            }
            if (identifiers.size() > MAX) {
                throw RuleViolation.ofField("addressees", "eaddress.bulk.tooMany", MAX);
            }
        }
        if (identifiers.isEmpty() && invalid.isEmpty()) {
            throw RuleViolation.ofField("addressees", "eaddress.bulk.empty");
        }
        return new AddresseeList(new ArrayList<>(identifiers), invalid);
    }
}
