package lv.pietura.organisation;

import java.io.Serializable;

/** Filters of the staff list; {@code null} means "any". */
public record StaffFilter(String text, Long institutionId, Role role, StaffStatus status) implements Serializable {

    public static StaffFilter none() {
        return new StaffFilter(null, null, null, null);
    }
}
