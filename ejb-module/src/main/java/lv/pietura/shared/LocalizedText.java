package lv.pietura.shared;

import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * A text in Latvian and, optionally, English (Latvian is shown when English is missing). Columns are
 * named where it is embedded, with {@code @AttributeOverride}s of {@code lv} and {@code en}.
 */
@Embeddable
public class LocalizedText implements Serializable {

    private static final long serialVersionUID = 1L;

    private String lv;
    private String en;

    protected LocalizedText() {}

    private LocalizedText(String lv, String en) {
        this.lv = lv;
        this.en = en;
    }

    /** Trims both; blank becomes {@code null}. */
    public static LocalizedText of(String lv, String en) {
        return new LocalizedText(Checks.clean(lv), Checks.clean(en));
    }

    public static LocalizedText empty() {
        return new LocalizedText(null, null);
    }

    public String lv() {
        return lv;
    }

    public String en() {
        return en;
    }

    public boolean isEmpty() {
        return lv == null && en == null;
    }

    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && en != null ? en : lv;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LocalizedText that && Objects.equals(lv, that.lv) && Objects.equals(en, that.en);
    }

    @Override
    public int hashCode() {
        return Objects.hash(lv, en);
    }

    @Override
    public String toString() {
        return lv == null ? "" : lv;
    }
}
