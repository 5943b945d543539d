package lv.pietura.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The supervising ministry reads the indicators: the dashboard of every institution with the demo's
 * figures (built when the demo data was loaded), filtered to one channel, its top services downloaded
 * as XLSX.
 */
class KpiJourneyIT extends BrowserJourney {

    @Test
    void theMinistryOpensTheDashboardFiltersItAndDownloadsTheXlsx() throws Exception {
        Pages pages = pages();
        browser.forgetSession();
        pages.signIn("ministrija", DEMO_PASSWORD);
        browser.waiting().until(d -> {
            pages.click("menuForm:kpiDashboard");
            return pages.text("scope").contains("aprēķināti līdz");
        });
        assertThat(pages.heading()).isEqualTo("Rādītāji");
        assertThat(pages.text("scope")).startsWith("Visas iestādes un centri.");
        long all = number(pages.text("received"));
        assertThat(all).as("the demo's cases of the past year").isGreaterThan(100);
        assertThat(pages.text("feesDue"))
                .as("the certificate's fee, in Latvian format")
                .matches("\\d[\\d ]*,\\d\\d €")
                .isNotEqualTo("0,00 €");

        pages.choose("kpiForm:channel", "Klātienē centrā");
        pages.click("kpiForm:show");
        browser.waiting().until(d -> number(pages.text("received")) < all);
        long inPerson = number(pages.text("received"));
        assertThat(inPerson).isPositive();
        assertThat(pages.rows("kpiForm:channels")).singleElement().asString().startsWith("Klātienē centrā");

        pages.click("kpiForm:servicesXlsx");
        Path xlsx = browser.downloaded("pietura-services.xlsx");
        try (InputStream in = Files.newInputStream(xlsx);
                XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Pakalpojums");
            long received = 0;
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    received += Long.parseLong(row.getCell(1).toString().replace(".0", ""));
                }
            }
            assertThat(received)
                    .as("the top services' cases, at most all received in person")
                    .isPositive()
                    .isLessThanOrEqualTo(inPerson);
        }
        pages.assertNoStackTrace();
    }

    @Test
    void aPlatformAdministratorBuildsAPeriodAgainAndSeesTheExecutions() {
        Pages pages = pages();
        browser.forgetSession();
        pages.signIn("admin", DEMO_PASSWORD);
        pages.click("menuForm:kpiJobs");
        assertThat(pages.heading()).isEqualTo("Rādītāju aprēķins");
        String day = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Riga"))
                .minusDays(3)
                .format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        pages.date("jobsForm:from", day);
        pages.date("jobsForm:to", day);
        pages.click("jobsForm:build");
        assertThat(pages.messages()).contains("Aprēķins palaists");
        browser.waiting().until(d -> {
            pages.click("jobsForm:refresh");
            return pages.rows("jobsForm:executions").get(0).contains("Pabeigta");
        });
        assertThat(pages.rows("jobsForm:executions").get(0)).contains("1");
        pages.assertNoStackTrace();
    }

    @Test
    void aPlatformAdministratorProducesLastMonthsReportAndTheMinistryDownloadsIt() throws Exception {
        Pages pages = pages();
        browser.forgetSession();
        pages.signIn("admin", DEMO_PASSWORD);
        pages.click("menuForm:kpiReports");
        assertThat(pages.heading()).isEqualTo("Ministrijas pārskati");
        String month = java.time.YearMonth.now(java.time.ZoneId.of("Europe/Riga"))
                .minusMonths(1)
                .toString();
        pages.type("reportsForm:period", "2026-13");
        pages.click("reportsForm:produce");
        assertThat(pages.messages()).contains("Norādiet mēnesi kā 2026-10 vai gadu kā 2026.");
        pages.type("reportsForm:period", month);
        pages.click("reportsForm:produce");
        assertThat(pages.messages()).contains("Pārskats tiek sagatavots");
        browser.waiting().until(d -> {
            pages.click("reportsForm:refresh");
            return pages.rows("reportsForm:reports").stream().anyMatch(r -> r.startsWith(month) && r.contains("Jā"));
        });

        browser.forgetSession();
        pages.signIn("ministrija", DEMO_PASSWORD);
        pages.click("menuForm:kpiReports");
        int row = pages.rows("reportsForm:reports").stream()
                .map(r -> r.startsWith(month))
                .toList()
                .indexOf(true);
        pages.click("reportsForm:reports:" + row + ":xlsx");
        Path xlsx = browser.downloaded("pietura-raditaji-" + month + ".xlsx");
        try (InputStream in = Files.newInputStream(xlsx);
                XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getSheet("Iestādes").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Nosaukums");
            assertThat(book.getSheet("Iestādes").getLastRowNum())
                    .as("the demo's holders of last month")
                    .isPositive();
            assertThat(book.getSheet("Centri").getLastRowNum()).isPositive();
        }
        pages.assertNoStackTrace();
    }

    private static long number(String text) {
        return Long.parseLong(text.replaceAll("\\D", ""));
    }
}
