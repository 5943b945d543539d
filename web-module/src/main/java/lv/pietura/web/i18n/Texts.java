package lv.pietura.web.i18n;

import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import lv.pietura.shared.PieturaException;

/**
 * Localised text outside the pages: the page bundle ({@code msg} in the views) and the rules bundle
 * of the EJB module, whose keys the facades' exceptions carry.
 */
public final class Texts {

    public static final String PAGES = "lv.pietura.web.i18n.messages";
    public static final String RULES = "lv.pietura.i18n.rules";

    private Texts() {}

    public static String page(String key, Object... arguments) {
        return page(locale(), key, arguments);
    }

    public static String page(Locale locale, String key, Object... arguments) {
        return format(ResourceBundle.getBundle(PAGES, locale, Texts.class.getClassLoader()), key, arguments);
    }

    public static String rule(String key, Object... arguments) {
        return rule(locale(), key, arguments);
    }

    public static String rule(Locale locale, String key, Object... arguments) {
        return format(ResourceBundle.getBundle(RULES, locale, PieturaException.class.getClassLoader()), key, arguments);
    }

    /** Dates in messages read as everywhere else: 27.11.2026. */
    private static Object[] latvianDates(Object[] arguments) {
        Object[] formatted = arguments.clone();
        for (int i = 0; i < formatted.length; i++) {
            if (formatted[i] instanceof LocalDate date) {
                formatted[i] = Language.DATE.format(date);
            }
        }
        return formatted;
    }

    public static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null
                ? Language.LATVIAN
                : faces.getViewRoot().getLocale();
    }

    private static String format(ResourceBundle bundle, String key, Object... arguments) {
        try {
            String pattern = bundle.getString(key);
            return arguments == null || arguments.length == 0
                    ? pattern.replace("''", "'")
                    : new MessageFormat(pattern, bundle.getLocale()).format(latvianDates(arguments));
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
