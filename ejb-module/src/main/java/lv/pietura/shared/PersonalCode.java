package lv.pietura.shared;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Personal code of a person in Latvia (personas kods): 11 digits, written with or without a hyphen
 * after the sixth.
 * <ul>
 *   <li>Old format DDMMYY-CNNNN: the birth date, the century digit C (0 for the 1800s, 1 for the 1900s,
 *   2 for the 2000s) and a check digit, (1101 - the first ten digits weighted 1,6,3,7,9,10,5,8,4,2)
 *   modulo 11, where a result of 10 is written as 0. The date must exist.</li>
 *   <li>New format (issued since 1 July 2017): the first digit 3, the second 2 to 9; no birth date, no
 *   check digit.</li>
 * </ul>
 */
public final class PersonalCode implements Serializable, Comparable<PersonalCode> {

    private static final long serialVersionUID = 1L;
    private static final Pattern FORMAT = Pattern.compile("\\d{6}-?\\d{5}");
    private static final int[] WEIGHTS = {1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    public static final String FIELD = "personalCode";

    private final String digits;

    private PersonalCode(String digits) {
        this.digits = digits;
    }

    /**
     * @param text the code, with or without the hyphen; spaces around are ignored
     * @throws RuleViolation {@code personalCode.format}, {@code personalCode.date} or
     *                       {@code personalCode.checksum} on field {@value #FIELD}
     */
    public static PersonalCode of(String text) {
        return of(text, FIELD);
    }

    /** As {@link #of(String)}, naming {@code field} in the refusal. */
    public static PersonalCode of(String text, String field) {
        String clean = text == null ? "" : text.strip().replace(" ", "");
        if (!FORMAT.matcher(clean).matches()) {
            throw RuleViolation.ofField(field, "personalCode.format", text == null ? "" : text.strip());
        }
        String digits = clean.replace("-", "");
        if (isNewFormat(digits)) {
            return new PersonalCode(digits);
        }
        if (birthDateOf(digits).isEmpty()) {
            throw RuleViolation.ofField(field, "personalCode.date", formatted(digits));
        }
        if (checkDigit(digits) != digits.charAt(10) - '0') {
            throw RuleViolation.ofField(field, "personalCode.checksum", formatted(digits));
        }
        return new PersonalCode(digits);
    }

    public static boolean isValid(String text) {
        try {
            of(text);
            return true;
        } catch (RuleViolation e) {
            return false;
        }
    }

    private static boolean isNewFormat(String digits) {
        return digits.charAt(0) == '3' && digits.charAt(1) >= '2';
    }

    static int checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        int check = Math.floorMod(1101 - sum, 11);
        return check == 10 ? 0 : check;
    }

    private static Optional<LocalDate> birthDateOf(String digits) {
        int century = switch (digits.charAt(6)) {
            case '0' -> 1800;
            case '1' -> 1900;
            case '2' -> 2000;
            default -> -1;
        };
        if (century < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(century + Integer.parseInt(digits.substring(4, 6)),
                    Integer.parseInt(digits.substring(2, 4)), Integer.parseInt(digits.substring(0, 2))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static String formatted(String digits) {
        return digits.substring(0, 6) + "-" + digits.substring(6);
    }

    /** The birth date an old-format code carries; a new-format code carries none. */
    public Optional<LocalDate> birthDate() {
        return isNewFormat(digits) ? Optional.empty() : birthDateOf(digits);
    }

    public boolean newFormat() {
        return isNewFormat(digits);
    }

    /** The eleven digits without the hyphen, as stored and as the e-address knows the person. */
    public String value() {
        return digits;
    }

    /** As people write it: 010190-12349. */
    public String formatted() {
        return formatted(digits);
    }

    /** For lists shown to staff who need not see the whole code: 010190-*****. */
    public String masked() {
        return digits.substring(0, 6) + "-*****";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PersonalCode that && digits.equals(that.digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    @Override
    public int compareTo(PersonalCode other) {
        return digits.compareTo(other.digits);
    }

    @Override
    public String toString() {
        return formatted();
    }
}
