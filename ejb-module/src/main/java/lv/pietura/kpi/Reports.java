package lv.pietura.kpi;

import static lv.pietura.shared.RoleNames.PLATFORM_ADMIN;
import static lv.pietura.shared.RoleNames.SUPERVISOR;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import lv.pietura.audit.AuditAction;
import lv.pietura.audit.AuditLog;
import lv.pietura.files.FileStore;
import lv.pietura.organisation.Caller;
import lv.pietura.organisation.CallerContext;
import lv.pietura.shared.NotFound;

/** The ministry's reports for the ministry and platform administrators: the list, and each file. */
@Stateless
@RolesAllowed({SUPERVISOR, PLATFORM_ADMIN})
public class Reports {

    @Inject
    FileStore files;

    @Inject
    CallerContext callers;

    @Inject
    AuditLog audit;

    @PersistenceContext
    EntityManager em;

    public record Report(
            long id,
            String kind,
            String period,
            LocalDate from,
            LocalDate to,
            Instant createdAt,
            String csv,
            long csvSize,
            String xlsx,
            long xlsxSize,
            boolean sent)
            implements Serializable {}

    public List<Report> list() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, period_kind, period, period_from, period_to, created_at,"
                        + " csv_sha256, csv_size, xlsx_sha256, xlsx_size, message_id from kpi_report order by period desc,"
                        + " period_kind")
                .getResultList();
        return rows.stream()
                .map(r -> new Report(
                        ((Number) r[0]).longValue(),
                        (String) r[1],
                        (String) r[2],
                        day(r[3]),
                        day(r[4]),
                        instant(r[5]),
                        (String) r[6],
                        ((Number) r[7]).longValue(),
                        (String) r[8],
                        ((Number) r[9]).longValue(),
                        r[10] != null))
                .toList();
    }

    /** A report's CSV or XLSX, streamed from the file store (its SHA-256 checked on the way). */
    public InputStream open(long id, boolean xlsx) {
        Report report =
                list().stream().filter(r -> r.id() == id).findFirst().orElseThrow(() -> new NotFound("report", id));
        Caller caller = callers.current();
        audit.record(
                caller.actor(),
                AuditAction.DOWNLOAD,
                "KpiReport",
                id,
                null,
                report.kind() + " " + report.period() + (xlsx ? " XLSX" : " CSV"));
        return files.open(xlsx ? report.xlsx() : report.csv());
    }

    private static LocalDate day(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static Instant instant(Object value) {
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return (Instant) value;
    }
}
