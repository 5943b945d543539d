package lv.pietura.kpi;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Properties;
import java.util.logging.Logger;
import lv.pietura.health.ScheduledRuns;
import lv.pietura.shared.Clocks;
import lv.pietura.shared.RoleNames;
import lv.pietura.shared.RunClaims;

/**
 * Starts the nightly indicators job at 02:30 Riga time. The timers are persistent: on a cluster of the
 * HA profile WildFly keeps them in its distributed timer store and fires each on one node, and a night
 * missed while the servers were down is run when they start. Besides, the first to record the night's run
 * in {@code kpi_run_claim} starts the job and any other sees the row and does nothing, so the job runs
 * once however the servers are set up.
 */
@Singleton
// The job operator works outside transactions; the night's claim takes its own (RunClaims).
@TransactionManagement(TransactionManagementType.BEAN)
public class NightlyRun {

    static final String JOB = "kpi-daily";
    static final String REPORT_JOB = "kpi-report";
    private static final Logger LOG = Logger.getLogger(NightlyRun.class.getName());

    @Inject
    RunClaims claims;

    @Inject
    Clock clock;

    @Inject
    ScheduledRuns meters;

    @Schedule(hour = "2", minute = "30", timezone = "Europe/Riga", info = "Pietura nightly KPI")
    void nightly() {
        meters.ran(ScheduledRuns.KPI_NIGHTLY);
        runFor(LocalDate.now(clock.withZone(Clocks.RIGA)));
    }

    /**
     * Starts the night's run unless another server (or an earlier call) started it: the execution id, or
     * empty when the night was already claimed.
     */
    @jakarta.annotation.security.RolesAllowed(RoleNames.PLATFORM_ADMIN)
    public java.util.OptionalLong runFor(LocalDate night) {
        if (!claim(night)) {
            LOG.info(() -> "Nightly KPI job for " + night + " already started by another server");
            return java.util.OptionalLong.empty();
        }
        long execution = BatchRuntime.getJobOperator().start(JOB, new Properties());
        LOG.info(() -> "Nightly KPI job started, execution " + execution);
        return java.util.OptionalLong.of(execution);
    }

    /** On the 1st at 04:00, after the night's figures: the previous month's report, and in January the year's. */
    @Schedule(dayOfMonth = "1", hour = "4", minute = "0", timezone = "Europe/Riga", info = "Pietura ministry reports")
    void reports() {
        meters.ran(ScheduledRuns.KPI_REPORTS);
        LocalDate today = LocalDate.now(clock.withZone(Clocks.RIGA));
        java.time.YearMonth month = java.time.YearMonth.from(today).minusMonths(1);
        startReport(today, MinistryReport.Kind.MONTH, month.toString());
        if (today.getMonthValue() == 1) {
            startReport(today, MinistryReport.Kind.YEAR, String.valueOf(today.getYear() - 1));
        }
    }

    private void startReport(LocalDate today, MinistryReport.Kind kind, String period) {
        if (claim(REPORT_JOB + "-" + kind, today)) {
            Properties parameters = new Properties();
            parameters.setProperty("kind", kind.name());
            parameters.setProperty("period", period);
            long execution = BatchRuntime.getJobOperator().start(REPORT_JOB, parameters);
            LOG.info(() -> "Ministry report " + period + " started, execution " + execution);
        }
    }

    /** Records tonight's run; false when another server recorded it first. */
    boolean claim(LocalDate runOn) {
        return claim(JOB, runOn);
    }

    private boolean claim(String job, LocalDate runOn) {
        return claims.claim(job, runOn);
    }
}
