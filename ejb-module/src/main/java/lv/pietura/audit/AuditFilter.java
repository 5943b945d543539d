package lv.pietura.audit;

import java.io.Serializable;
import java.time.LocalDate;

/** Filters of the audit search; {@code null} means "any". Days are inclusive, in Latvian time. */
public record AuditFilter(LocalDate from, LocalDate to, String actor, AuditAction action, String entityType,
        String entityId, Long institutionId) implements Serializable {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null, null);
    }
}
