package lv.pietura.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/** A name in Latvian (required) and English (optional; Latvian is shown when it is missing). */
@Embeddable
public class LocalizedName implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int MAX_LENGTH = 200;

    @Column(name = "name_lv", nullable = false, length = MAX_LENGTH)
    private String lv;

    @Column(name = "name_en", length = MAX_LENGTH)
    private String en;

    protected LocalizedName() {}

    private LocalizedName(String lv, String en) {
        this.lv = lv;
        this.en = en;
    }

    /** @throws RuleViolation on fields {@code nameLv} and {@code nameEn} */
    public static LocalizedName of(String lv, String en) {
        new Checks()
                .text("nameLv", lv, MAX_LENGTH)
                .optionalText("nameEn", en, MAX_LENGTH)
                .throwIfAny();
        return new LocalizedName(Checks.clean(lv), Checks.clean(en));
    }

    public String lv() {
        return lv;
    }

    public String en() {
        return en;
    }

    /** The name for a reader of the given language. */
    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && en != null ? en : lv;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LocalizedName that && Objects.equals(lv, that.lv) && Objects.equals(en, that.en);
    }

    @Override
    public int hashCode() {
        return Objects.hash(lv, en);
    }

    @Override
    public String toString() {
        return lv;
    }
}
