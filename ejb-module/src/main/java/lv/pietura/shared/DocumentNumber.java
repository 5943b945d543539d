package lv.pietura.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The number of a foreign person's identity document, as Pietura keeps it (and finds the person, and their audit
 * trail, by it): Latin capitals and digits, a digit among them, 5 to 20 of them, without the spaces and hyphens
 * people write in it.
 */
public final class DocumentNumber {

    private static final Pattern KEPT = Pattern.compile("^(?=.*[0-9])[A-Z0-9]{5,20}$");

    private DocumentNumber() {}

    /** The number as kept, or {@code null} when the text is not one. */
    public static String normalised(String text) {
        if (text == null) {
            return null;
        }
        String clean = text.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return KEPT.matcher(clean).matches() ? clean : null;
    }
}
