package lv.pietura.web.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import lv.pietura.cases.CaseState;
import lv.pietura.cases.CaseSummary;
import lv.pietura.cases.CaseType;
import lv.pietura.cases.ClientKind;
import lv.pietura.catalogue.Channel;
import lv.pietura.shared.LocalizedName;
import lv.pietura.shared.LocalizedText;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class CaseSpreadsheetTest {

    private static final CaseSummary OVERDUE = new CaseSummary(
            7,
            "2026-000007",
            CaseType.APPLICATION,
            Channel.IN_PERSON,
            CaseState.IN_PROGRESS,
            "VSAA-VECUMA-PENSIJA",
            LocalizedName.of("Vecuma pensijas piešķiršana", "Old-age pension"),
            1,
            LocalizedName.of("Valsts sociālās apdrošināšanas aģentūra", "State Social Insurance Agency"),
            "Ādažu novada VPVKAC",
            ClientKind.PERSON,
            "Anna Bērziņa",
            "150385-10123",
            Instant.parse("2026-11-02T08:00:00Z"),
            LocalDate.of(2026, 11, 2),
            LocalDate.of(2026, 11, 30),
            null,
            "Laura Kalēja",
            true,
            false,
            null,
            null,
            null);
    private static final CaseSummary RATED = new CaseSummary(
            8,
            "2026-000008",
            CaseType.CONSULTATION,
            Channel.PHONE,
            CaseState.COMPLETED,
            "ADAZI-NIN-KONSULTACIJA",
            LocalizedName.of("NĪN konsultācija", null),
            2,
            LocalizedName.of("Ādažu novada pašvaldība", null),
            null,
            ClientKind.ORGANISATION,
            "SIA Piemērs",
            "40003000000",
            Instant.parse("2026-11-03T08:00:00Z"),
            LocalDate.of(2026, 11, 3),
            null,
            null,
            null,
            false,
            false,
            LocalDate.of(2026, 11, 3),
            LocalizedText.of("Informācija sniegta", "Information given"),
            5);

    @Test
    void aWorklistBecomesOneRowPerCaseWithHeadersInTheUsersLanguageAndRealDates() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(
                new ByteArrayInputStream(CaseSpreadsheet.of(List.of(OVERDUE, RATED), Locale.forLanguageTag("lv"))))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter shown = new DataFormatter();
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Lietas Nr.");
            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("2026-000007");
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("Izskatīšanā");
            assertThat(first.getCell(9).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 11, 30));
            assertThat(shown.formatCellValue(first.getCell(9))).isEqualTo("30.11.2026");
            assertThat(first.getCell(12).getStringCellValue()).isEqualTo("Jā");
            Row second = sheet.getRow(2);
            assertThat(second.getCell(14).getStringCellValue()).isEqualTo("Informācija sniegta");
            assertThat(second.getCell(15).getNumericCellValue()).isEqualTo(5);
        }
    }

    @Test
    void englishHeadersForAnEnglishPage() throws IOException {
        try (XSSFWorkbook workbook =
                new XSSFWorkbook(new ByteArrayInputStream(CaseSpreadsheet.of(List.of(OVERDUE), Locale.ENGLISH)))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Case no.");
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(3).getStringCellValue())
                    .isEqualTo("Old-age pension");
        }
    }

    @Test
    void textAClientOrAManagerWroteIsNeverTakenForAFormula() throws IOException {
        CaseSummary planted = new CaseSummary(
                9,
                "2026-000009",
                CaseType.CONSULTATION,
                Channel.PHONE,
                CaseState.COMPLETED,
                "X",
                LocalizedName.of("=HYPERLINK(\"http://evil.example\",\"Atvērt\")", null),
                2,
                LocalizedName.of("@SUM(1+1)", null),
                "+Centrs",
                ClientKind.ORGANISATION,
                "-2+3",
                "40003000000",
                Instant.parse("2026-11-03T08:00:00Z"),
                LocalDate.of(2026, 11, 3),
                null,
                null,
                "=1+1",
                false,
                false,
                null,
                null,
                null);
        try (XSSFWorkbook workbook = new XSSFWorkbook(
                new ByteArrayInputStream(CaseSpreadsheet.of(List.of(planted), Locale.forLanguageTag("lv"))))) {
            Row row = workbook.getSheetAt(0).getRow(1);
            assertThat(row.getCell(3).getStringCellValue())
                    .isEqualTo("'=HYPERLINK(\"http://evil.example\",\"Atvērt\")");
            assertThat(row.getCell(4).getStringCellValue()).isEqualTo("'@SUM(1+1)");
            assertThat(row.getCell(5).getStringCellValue()).isEqualTo("'+Centrs");
            assertThat(row.getCell(6).getStringCellValue()).isEqualTo("'-2+3");
            assertThat(row.getCell(11).getStringCellValue()).isEqualTo("'=1+1");
        }
    }
}
