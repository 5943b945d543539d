package lv.pietura.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class MinistryReportTest {

    private static final MinistryReport.Line PLANTED = new MinistryReport.Line(
            "=HYPERLINK(\"http://evil.example\")", 10, 4, 6, 8, 1, 7, 6, 0, 0, 0, 2, 9, 1500, 1000, 500, 0);
    private static final MinistryReport.Line PLAIN =
            new MinistryReport.Line("Cēsu novada VPVKAC", 3, 1, 2, 3, 0, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    @Test
    void aNameThatASpreadsheetWouldTakeForAFormulaIsWrittenAsTextInTheCsv() {
        String csv = new String(MinistryReport.csv(List.of(PLANTED), List.of(PLAIN)), StandardCharsets.UTF_8);
        assertThat(csv)
                .contains("Iestāde;\"'=HYPERLINK(\"\"http://evil.example\"\")\";10;4;6;8;1")
                .contains("Centrs;Cēsu novada VPVKAC;3;1;2;3;0")
                .doesNotContain(";\"=HYPERLINK")
                .doesNotContain(";=HYPERLINK");
    }

    @Test
    void aLevelsTotalAddsUpItsLinesAndItsConsultationsAndApplicationsAddUpToWhatWasReceived() {
        MinistryReport.Line total = MinistryReport.Line.total("Kopā", List.of(PLANTED, PLAIN));
        assertThat(total.received()).isEqualTo(13);
        assertThat(total.consultations()).isEqualTo(5);
        assertThat(total.applications()).isEqualTo(8);
        assertThat(total.consultations() + total.applications()).isEqualTo(total.received());
        assertThat(total.completed()).isEqualTo(11);
        assertThat(total.feesDueCents()).isEqualTo(1500);
        assertThat(total.cells()).startsWith("Kopā", 13L, 5L, 8L, 11L, 1L);
    }

    @Test
    void andInTheWorkbook() throws IOException {
        try (XSSFWorkbook book =
                new XSSFWorkbook(new ByteArrayInputStream(MinistryReport.xlsx(List.of(PLANTED), List.of(PLAIN))))) {
            assertThat(book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("'=HYPERLINK(\"http://evil.example\")");
            assertThat(book.getSheetAt(1).getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("Cēsu novada VPVKAC");
        }
    }
}
