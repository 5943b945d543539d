package lv.pietura.audit;

import java.io.Serializable;
import java.time.LocalDate;

/** Filters of the audit search; {@code null} means "any". Days are inclusive, in Latvian time. */
public record AuditFilter(
        LocalDate from,
        LocalDate to,
        String actor,
        AuditAction action,
        String entityType,
        String entityId,
        Long institutionId,
        String subject)
        implements Serializable {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null, null, null);
    }

    /** Everything about one person or company: their personal code or registration number. */
    public static AuditFilter about(String subject) {
        return new AuditFilter(null, null, null, null, null, null, null, subject);
    }
}
