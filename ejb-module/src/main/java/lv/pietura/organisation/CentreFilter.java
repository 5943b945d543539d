package lv.pietura.organisation;

import java.io.Serializable;

/** Filters of the centre list; {@code null} means "any". */
public record CentreFilter(String text, Long municipalityId, CentreType type, Boolean active) implements Serializable {

    public static CentreFilter none() {
        return new CentreFilter(null, null, null, null);
    }
}
