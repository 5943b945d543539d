package lv.pietura.web.cases;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import lv.pietura.cases.CaseSummary;
import lv.pietura.cases.ClientKind;
import lv.pietura.shared.SpreadsheetText;
import lv.pietura.web.i18n.Texts;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** A worklist as an XLSX workbook: one row per case, dates as spreadsheet dates (dd.mm.yyyy). */
final class CaseSpreadsheet {

    private static final String[] HEADERS = {
        "field.caseNumber",
        "field.caseType",
        "field.status",
        "field.service",
        "cases.handledBy",
        "field.centre",
        "field.clientName",
        "field.clientCode",
        "cases.registeredAt",
        "field.dueOn",
        "field.normOn",
        "field.assignee",
        "cases.overdue",
        "field.closedOn",
        "field.resultType",
        "cases.rating"
    };

    private static final int[] WIDTHS = {14, 14, 14, 48, 36, 28, 28, 14, 12, 12, 12, 24, 10, 12, 24, 8};

    private CaseSpreadsheet() {}

    static byte[] of(List<CaseSummary> rows, Locale locale) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SXSSFSheet sheet = workbook.createSheet(Texts.page(locale, "cases.exportSheet"));
            CellStyle dates = workbook.createCellStyle();
            dates.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.length; i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(Texts.page(locale, HEADERS[i]));
                cell.setCellStyle(bold);
            }
            int r = 1;
            for (CaseSummary c : rows) {
                Row row = sheet.createRow(r++);
                int col = 0;
                row.createCell(col++).setCellValue(c.number());
                row.createCell(col++).setCellValue(Texts.page(locale, "caseType." + c.type()));
                row.createCell(col++).setCellValue(Texts.page(locale, "caseState." + c.state()));
                text(row, col++, c.serviceName().in(locale));
                text(row, col++, c.handlingInstitution().in(locale));
                text(row, col++, c.centreName());
                text(
                        row,
                        col++,
                        c.clientKind() == ClientKind.ANONYMOUS
                                ? Texts.page(locale, "clientKind.ANONYMOUS")
                                : c.clientName());
                text(row, col++, c.clientCode());
                date(row, col++, c.registeredOn(), dates);
                date(row, col++, c.dueOn(), dates);
                date(row, col++, c.normOn(), dates);
                text(row, col++, c.assigneeName());
                row.createCell(col++).setCellValue(Texts.page(locale, c.overdue() ? "yes" : "no"));
                date(row, col++, c.closedOn(), dates);
                text(row, col++, c.result() == null ? null : c.result().in(locale));
                if (c.rating() != null) {
                    row.createCell(col).setCellValue(c.rating());
                }
            }
            // Fixed widths (in 1/256 of a character): measuring text needs fonts a server may not have.
            for (int i = 0; i < HEADERS.length; i++) {
                sheet.setColumnWidth(i, WIDTHS[i] * 256);
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text users wrote, neutralised where a spreadsheet would take it for a formula ({@link SpreadsheetText}). */
    private static void text(Row row, int col, String value) {
        if (value != null) {
            row.createCell(col).setCellValue(SpreadsheetText.safe(value));
        }
    }

    private static void date(Row row, int col, LocalDate value, CellStyle style) {
        if (value != null) {
            Cell cell = row.createCell(col);
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }
    }
}
