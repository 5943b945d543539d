package lv.pietura.support;

import java.io.Serializable;
import java.util.Locale;

/** A question's or an answer's text in Latvian and English (both required when published). */
public record FaqText(String lv, String en) implements Serializable {

    /** The text for a reader of the given language. */
    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : lv;
    }
}
