package lv.pietura.organisation;

import java.util.Locale;
import java.util.Set;
import lv.pietura.shared.Checks;

/**
 * What a staff password must be. Length matters more than character classes (NIST SP 800-63B): at
 * least 12 characters, not built from the user name, not one of the passwords every attacker tries
 * first, and not a single repeated pattern.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final int MIN_DISTINCT_CHARACTERS = 5;
    private static final Set<String> COMMON = Set.of(
            "password",
            "parole",
            "qwerty",
            "qwertyuiop",
            "asdfghjkl",
            "letmein",
            "welcome",
            "admin",
            "administrator",
            "iloveyou",
            "monkey",
            "dragon",
            "sunshine",
            "princess",
            "football",
            "latvija",
            "riga",
            "pietura",
            "abc",
            "abcdef",
            "abcdefgh",
            "1q2w3e4r",
            "zaq12wsx");

    private PasswordPolicy() {}

    /** Adds a problem on field {@code newPassword} for each rule the password breaks. */
    public static void check(String username, char[] password, Checks checks) {
        String text = new String(password);
        String lower = text.toLowerCase(Locale.ROOT);
        if (text.length() < MIN_LENGTH) {
            checks.fail("newPassword", "password.tooShort", MIN_LENGTH);
        }
        if (text.length() > MAX_LENGTH) {
            checks.fail("newPassword", "password.tooLong", MAX_LENGTH);
        }
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            checks.fail("newPassword", "password.containsUsername");
        }
        if (text.chars().distinct().count() < MIN_DISTINCT_CHARACTERS) {
            checks.fail("newPassword", "password.tooSimple");
        }
        String core = lower.replaceAll("[^a-z]", "");
        boolean onlyDigits = !text.isEmpty() && text.chars().allMatch(Character::isDigit);
        if (COMMON.contains(core) || onlyDigits) {
            checks.fail("newPassword", "password.common");
        }
    }
}
