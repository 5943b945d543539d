package lv.pietura.kpi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lv.pietura.eaddress.PlatformMessages;
import lv.pietura.files.FileKinds;
import lv.pietura.files.FileOwner;
import lv.pietura.files.FilePurpose;
import lv.pietura.files.FileRef;
import lv.pietura.files.FileStore;
import lv.pietura.organisation.Centre;
import lv.pietura.organisation.Institution;
import lv.pietura.organisation.Role;
import lv.pietura.shared.DocumentTexts;
import lv.pietura.shared.Money;
import lv.pietura.shared.SpreadsheetText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The supervising ministry's report of a month or a year: the indicators per institution (holder) and per
 * centre, as CSV and XLSX kept in the file store, and sent from Pietura's e-address to every institution
 * with a member of the supervising ministry's staff. Producing a period again replaces its report.
 */
@ApplicationScoped
public class MinistryReport {

    /** A month ({@code 2026-10}) or a year ({@code 2026}). */
    public enum Kind {
        MONTH,
        YEAR
    }

    /** The columns, in the order of {@link Line#cells}: keys of the documents bundle ({@code report.column.*}). */
    private static final List<String> HEADER = Stream.of(
                    "name",
                    "received",
                    "consultations",
                    "applications",
                    "completed",
                    "refused",
                    "onTime",
                    "withinNorm",
                    "suspensions",
                    "extensions",
                    "forwards",
                    "rated",
                    "averageRating",
                    "feesDue",
                    "feesPaid",
                    "feesExempt",
                    "feesRefunded")
            .map(column -> DocumentTexts.latvian("report.column." + column))
            .toList();

    @Inject
    FileStore files;

    @Inject
    PlatformMessages messages;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /** One line of the report. */
    record Line(
            String name,
            long received,
            long consultations,
            long applications,
            long completed,
            long refused,
            long onTime,
            long withinNorm,
            long suspensions,
            long extensions,
            long forwards,
            long rated,
            long ratingSum,
            long feesDueCents,
            long feesPaidCents,
            long feesExemptCents,
            long feesRefundedCents) {

        List<Object> cells() {
            long closed = completed + refused;
            return List.of(
                    name,
                    received,
                    consultations,
                    applications,
                    completed,
                    refused,
                    percent(onTime, closed),
                    percent(withinNorm, closed),
                    suspensions,
                    extensions,
                    forwards,
                    rated,
                    rated == 0
                            ? ""
                            : BigDecimal.valueOf(ratingSum).divide(BigDecimal.valueOf(rated), 2, RoundingMode.HALF_UP),
                    new Money(feesDueCents).euro(),
                    new Money(feesPaidCents).euro(),
                    new Money(feesExemptCents).euro(),
                    new Money(feesRefundedCents).euro());
        }

        /** The sum of the lines, named {@code name}: the total a level's lines add up to. */
        static Line total(String name, List<Line> lines) {
            long[] sum = new long[16];
            for (Line l : lines) {
                long[] v = {
                    l.received,
                    l.consultations,
                    l.applications,
                    l.completed,
                    l.refused,
                    l.onTime,
                    l.withinNorm,
                    l.suspensions,
                    l.extensions,
                    l.forwards,
                    l.rated,
                    l.ratingSum,
                    l.feesDueCents,
                    l.feesPaidCents,
                    l.feesExemptCents,
                    l.feesRefundedCents
                };
                for (int i = 0; i < v.length; i++) {
                    sum[i] += v[i];
                }
            }
            return new Line(
                    name, sum[0], sum[1], sum[2], sum[3], sum[4], sum[5], sum[6], sum[7], sum[8], sum[9], sum[10],
                    sum[11], sum[12], sum[13], sum[14], sum[15]);
        }

        private static Object percent(long part, long whole) {
            BigDecimal share = Dashboards.percent(part, whole);
            return share == null ? "" : share;
        }
    }

    /** Produces (again) the report of {@code period}; the id of the message that delivers it. */
    @Transactional
    public String produce(Kind kind, String period) {
        LocalDate from =
                kind == Kind.MONTH ? YearMonth.parse(period).atDay(1) : LocalDate.of(Integer.parseInt(period), 1, 1);
        LocalDate to = kind == Kind.MONTH
                ? YearMonth.parse(period).atEndOfMonth()
                : LocalDate.of(Integer.parseInt(period), 12, 31);
        List<Line> institutions = lines(
                "d.institutionId",
                from,
                to,
                ids -> em.createQuery("select i from Institution i where i.id in :ids", Institution.class)
                        .setParameter("ids", ids)
                        .getResultStream()
                        .collect(Collectors.toMap(i -> i.id(), i -> i.name().lv())));
        List<Line> centres = lines(
                "d.centreId",
                from,
                to,
                ids -> em.createQuery("select c from Centre c where c.id in :ids", Centre.class)
                        .setParameter("ids", ids)
                        .getResultStream()
                        .collect(Collectors.toMap(c -> c.id(), c -> c.name())));
        String name = DocumentTexts.latvian("report.fileName", period);
        FileRef csv = files.store(
                new ByteArrayInputStream(csv(institutions, centres)),
                name + ".csv",
                50L * 1024 * 1024,
                FileKinds.REPORTS,
                FilePurpose.REPORT,
                FileOwner.SYSTEM);
        FileRef xlsx = files.store(
                new ByteArrayInputStream(xlsx(institutions, centres)),
                name + ".xlsx",
                50L * 1024 * 1024,
                FileKinds.REPORTS,
                FilePurpose.REPORT,
                FileOwner.SYSTEM);
        List<Long> ministries = em.createQuery(
                        "select distinct s.institution.id from StaffAccount s join s.roles r"
                                + " where r = :supervisor",
                        Long.class)
                .setParameter("supervisor", Role.SUPERVISOR)
                .getResultList();
        String messageId = ministries.isEmpty()
                ? null
                : messages.send(
                        ministries,
                        DocumentTexts.latvian("report.subject", period),
                        DocumentTexts.latvian("report.body", period, from, to),
                        List.of(csv.renamed(name + ".csv"), xlsx.renamed(name + ".xlsx")));
        em.createNativeQuery("delete from kpi_report where period_kind = ?1 and period = ?2")
                .setParameter(1, kind.name())
                .setParameter(2, period)
                .executeUpdate();
        em.createNativeQuery(
                        "insert into kpi_report (period_kind, period, period_from, period_to, created_at, csv_sha256,"
                                + " csv_size, xlsx_sha256, xlsx_size, message_id) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
                .setParameter(1, kind.name())
                .setParameter(2, period)
                .setParameter(3, from)
                .setParameter(4, to)
                .setParameter(5, clock.instant())
                .setParameter(6, csv.sha256())
                .setParameter(7, csv.size())
                .setParameter(8, xlsx.sha256())
                .setParameter(9, xlsx.size())
                .setParameter(10, messageId)
                .executeUpdate();
        return messageId;
    }

    private List<Line> lines(String by, LocalDate from, LocalDate to, Function<List<Long>, Map<Long, String>> names) {
        List<Object[]> rows = em.createQuery(
                        "select " + by + ", " + PeriodFigures.RECEIVED_SPLIT + ", sum(d.completed), sum(d.refused),"
                                + " sum(d.closedOnTime), sum(d.closedWithinNorm), sum(d.suspensions), sum(d.extensions), sum(d.forwards),"
                                + " sum(d.rated), sum(d.ratingSum), sum(d.feesDueCents), sum(d.feesPaidCents), sum(d.feesExemptCents),"
                                + " sum(d.feesRefundedCents) from CaseDayFigures d where d.kpiDay between :from and :to and "
                                + by + " is not null group by " + by,
                        Object[].class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        Map<Long, String> named = rows.isEmpty()
                ? Map.of()
                : names.apply(rows.stream().map(r -> (Long) r[0]).toList());
        List<Line> lines = new ArrayList<>();
        for (Object[] r : rows) {
            lines.add(new Line(
                    named.getOrDefault((Long) r[0], String.valueOf(r[0])),
                    n(r[1]),
                    n(r[2]),
                    n(r[3]),
                    n(r[4]),
                    n(r[5]),
                    n(r[6]),
                    n(r[7]),
                    n(r[8]),
                    n(r[9]),
                    n(r[10]),
                    n(r[11]),
                    n(r[12]),
                    n(r[13]),
                    n(r[14]),
                    n(r[15]),
                    n(r[16])));
        }
        lines.sort((a, b) -> a.name().compareTo(b.name()));
        // the level's total last: the consultations and the applications add up to what was received
        lines.add(Line.total(DocumentTexts.latvian("report.total"), lines));
        return lines;
    }

    /** Semicolon-separated UTF-8 with a byte order mark, as Excel opens it in Latvia; decimals with a comma. */
    static byte[] csv(List<Line> institutions, List<Line> centres) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("\uFEFF".getBytes(StandardCharsets.UTF_8));
        try (CSVPrinter printer = new CSVPrinter(
                new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setDelimiter(';').build())) {
            for (var part : List.of(
                    Map.entry(DocumentTexts.latvian("report.level.institution"), institutions),
                    Map.entry(DocumentTexts.latvian("report.level.centre"), centres))) {
                List<Object> header = new ArrayList<>(HEADER);
                header.add(0, DocumentTexts.latvian("report.level"));
                printer.printRecord(header);
                for (Line line : part.getValue()) {
                    List<Object> cells = new ArrayList<>(line.cells());
                    cells.replaceAll(c -> c instanceof BigDecimal b
                            ? b.toPlainString().replace('.', ',')
                            : c instanceof String text ? SpreadsheetText.safe(text) : c);
                    cells.add(0, part.getKey());
                    printer.printRecord(cells);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] xlsx(List<Line> institutions, List<Line> centres) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            sheet(book.createSheet(DocumentTexts.latvian("report.sheet.institutions")), institutions);
            sheet(book.createSheet(DocumentTexts.latvian("report.sheet.centres")), centres);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(Sheet sheet, List<Line> lines) {
        Row header = sheet.createRow(0);
        for (int i = 0; i < HEADER.size(); i++) {
            header.createCell(i).setCellValue(HEADER.get(i));
        }
        int r = 1;
        for (Line line : lines) {
            Row row = sheet.createRow(r++);
            List<Object> cells = line.cells();
            for (int i = 0; i < cells.size(); i++) {
                Object value = cells.get(i);
                if (value instanceof Number number) {
                    row.createCell(i).setCellValue(number.doubleValue());
                } else {
                    row.createCell(i).setCellValue(SpreadsheetText.safe(String.valueOf(value)));
                }
            }
        }
        sheet.setColumnWidth(0, 60 * 256);
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
