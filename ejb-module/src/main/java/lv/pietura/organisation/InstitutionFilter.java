package lv.pietura.organisation;

import java.io.Serializable;

/** Filters of the institution list; {@code null} means "any". */
public record InstitutionFilter(String text, InstitutionKind kind) implements Serializable {

    public static InstitutionFilter none() {
        return new InstitutionFilter(null, null);
    }
}
