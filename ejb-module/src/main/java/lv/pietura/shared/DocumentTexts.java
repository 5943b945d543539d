package lv.pietura.shared;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of documents Pietura writes itself (a case result sent to the client's e-address, the
 * ministry's report and its message), from the {@code lv.pietura.i18n.documents} bundle. They go out in
 * Latvian, the official language, whoever caused them.
 */
public final class DocumentTexts {

    public static final String BUNDLE = "lv.pietura.i18n.documents";
    private static final Locale LATVIAN = Locale.forLanguageTag("lv");

    private DocumentTexts() {}

    /** The Latvian text of {@code key}, its {@code {0}, {1}...} filled as {@link #fill} does. */
    public static String latvian(String key, Object... arguments) {
        return of(LATVIAN, key, arguments);
    }

    /** The text of {@code key} in {@code locale}. */
    public static String of(Locale locale, String key, Object... arguments) {
        return fill(BUNDLE, locale, key, arguments);
    }

    /**
     * The text of {@code key} from {@code bundle} in {@code locale}, its {@code {0}, {1}...} filled with
     * {@code arguments}: a date in the Latvian way ({@code 27.11.2026}), anything else as it is (no grouping of
     * numbers). Every text Pietura writes from a bundle outside a page (documents, mail) is filled here.
     */
    public static String fill(String bundle, Locale locale, String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(bundle, locale, DocumentTexts.class.getClassLoader())
                .getString(key);
        if (arguments.length == 0) {
            return pattern;
        }
        Object[] texts = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            texts[i] = arguments[i] instanceof LocalDate date
                    ? date.format(LatvianDates.DATE)
                    : String.valueOf(arguments[i]);
        }
        return new MessageFormat(pattern, locale).format(texts);
    }
}
