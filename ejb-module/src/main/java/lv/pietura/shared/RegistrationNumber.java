package lv.pietura.shared;

import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * Registration number of a legal person in Latvia (reģistrācijas numurs): 11 digits; 40... companies,
 * 50... associations, 90... state and municipal bodies. Valid when the digits weighted
 * 9,1,4,8,3,10,2,5,7,6,1 sum to 3 modulo 11.
 */
public final class RegistrationNumber implements Serializable, Comparable<RegistrationNumber> {

    private static final long serialVersionUID = 1L;
    private static final Pattern ELEVEN_DIGITS = Pattern.compile("\\d{11}");
    private static final int[] WEIGHTS = {9, 1, 4, 8, 3, 10, 2, 5, 7, 6, 1};

    private final String value;

    private RegistrationNumber(String value) {
        this.value = value;
    }

    /**
     * @param text the number, spaces allowed between digits
     * @throws RuleViolation when it is not 11 digits or fails the check
     */
    public static RegistrationNumber of(String text) {
        return of(text, "registrationNumber");
    }

    /** As {@link #of(String)}, naming {@code field} in the refusal. */
    public static RegistrationNumber of(String text, String field) {
        String digits = text == null ? "" : text.strip().replace(" ", "");
        if (!ELEVEN_DIGITS.matcher(digits).matches()) {
            throw RuleViolation.ofField(field, "registrationNumber.format", text == null ? "" : text.strip());
        }
        if (!checksumHolds(digits)) {
            throw RuleViolation.ofField(field, "registrationNumber.checksum", digits);
        }
        return new RegistrationNumber(digits);
    }

    public static boolean isValid(String text) {
        String digits = text == null ? "" : text.strip().replace(" ", "");
        return ELEVEN_DIGITS.matcher(digits).matches() && checksumHolds(digits);
    }

    private static boolean checksumHolds(String digits) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        return sum % 11 == 3;
    }

    /** The default e-address of the body with this number (technical form {@code _DEFAULT@...}). */
    public String defaultEAddress() {
        return EAddress.of(this).written();
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RegistrationNumber that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public int compareTo(RegistrationNumber other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
