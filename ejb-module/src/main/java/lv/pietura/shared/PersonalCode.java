package lv.pietura.shared;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
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
        String clean = clean(text);
        String problem = problemOf(clean);
        if (problem == null) {
            return new PersonalCode(clean.replace("-", ""));
        }
        String shown = problem.equals("personalCode.format")
                ? (text == null ? "" : text.strip())
                : formatted(clean.replace("-", ""));
        throw RuleViolation.ofField(field, problem, shown);
    }

    /** Without a refusal to build: bulk lists check 100 000 codes, most of them registration numbers. */
    public static boolean isValid(String text) {
        return problemOf(clean(text)) == null;
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip().replace(" ", "");
    }

    /** The message key of what is wrong with the code, or null. */
    private static String problemOf(String clean) {
        if (!FORMAT.matcher(clean).matches()) {
            return "personalCode.format";
        }
        String digits = clean.replace("-", "");
        if (isNewFormat(digits)) {
            return null;
        }
        if (birthDateOf(digits).isEmpty()) {
            return "personalCode.date";
        }
        return checkDigit(digits) == digits.charAt(10) - '0' ? null : "personalCode.checksum";
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
        int year = century + Integer.parseInt(digits.substring(4, 6));
        int month = Integer.parseInt(digits.substring(2, 4));
        int day = Integer.parseInt(digits.substring(0, 2));
        return month >= 1
                        && month <= 12
                        && day >= 1
                        && YearMonth.of(year, month).isValidDay(day)
                ? Optional.of(LocalDate.of(year, month, day))
                : Optional.empty();
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
