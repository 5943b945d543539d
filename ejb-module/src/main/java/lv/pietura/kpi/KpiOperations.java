package lv.pietura.kpi;

import static lv.pietura.shared.RoleNames.PLATFORM_ADMIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import lv.pietura.audit.AuditAction;
import lv.pietura.audit.AuditLog;
import lv.pietura.organisation.CallerContext;
import lv.pietura.shared.OwnTransactions;
import lv.pietura.shared.RuleViolation;

/**
 * Platform administrators run the indicators jobs by hand: build a period again, see the executions with
 * their status and how many days they built, stop one, restart a stopped or failed one.
 */
@Stateless
@RolesAllowed(PLATFORM_ADMIN)
// The job operator works outside transactions; the few writes here take their own (OwnTransactions).
@TransactionManagement(TransactionManagementType.BEAN)
public class KpiOperations {

    @Inject
    CallerContext callers;

    @Inject
    AuditLog audit;

    @Inject
    OwnTransactions transactions;

    /** An execution of the job, newest first. */
    public record Execution(
            long id, String status, Instant started, Instant ended, String from, String to, long daysBuilt)
            implements Serializable {}

    /** Builds the days from {@code from} to {@code to} (both optional: catch up to yesterday); the execution id. */
    public long build(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw RuleViolation.ofField("to", "kpi.period.reversed");
        }
        Properties parameters = new Properties();
        if (from != null) {
            parameters.setProperty("from", from.toString());
        }
        if (to != null) {
            parameters.setProperty("to", to.toString());
        }
        long id = operator().start(NightlyRun.JOB, parameters);
        audited(AuditAction.CREATE, id, NightlyRun.JOB + " " + parameters);
        return id;
    }

    /** Produces (again) the ministry's report of a month ({@code 2026-10}) or a year ({@code 2026}); the execution id. */
    public long report(MinistryReport.Kind kind, String period) {
        String clean = period == null ? "" : period.strip();
        boolean valid =
                kind == MinistryReport.Kind.MONTH ? clean.matches("\\d{4}-(0[1-9]|1[0-2])") : clean.matches("\\d{4}");
        if (kind == null || !valid) {
            throw RuleViolation.ofField("period", "kpi.report.period");
        }
        Properties parameters = new Properties();
        parameters.setProperty("kind", kind.name());
        parameters.setProperty("period", clean);
        long id = operator().start(NightlyRun.REPORT_JOB, parameters);
        audited(AuditAction.CREATE, id, NightlyRun.REPORT_JOB + " " + parameters);
        return id;
    }

    public List<Execution> executions(int max) {
        JobOperator operator = operator();
        try {
            return operator.getJobInstances(NightlyRun.JOB, 0, Math.max(1, Math.min(max, 200))).stream()
                    .flatMap(instance -> operator.getJobExecutions(instance).stream())
                    .sorted(Comparator.comparingLong(JobExecution::getExecutionId)
                            .reversed())
                    .limit(max)
                    .map(e -> new Execution(
                            e.getExecutionId(),
                            e.getBatchStatus().name(),
                            instant(e.getStartTime()),
                            instant(e.getEndTime()),
                            e.getJobParameters() == null
                                    ? null
                                    : e.getJobParameters().getProperty("from"),
                            e.getJobParameters() == null
                                    ? null
                                    : e.getJobParameters().getProperty("to"),
                            operator.getStepExecutions(e.getExecutionId()).stream()
                                    .mapToLong(KpiOperations::written)
                                    .sum()))
                    .toList();
        } catch (NoSuchJobException never) {
            return List.of();
        }
    }

    public void stop(long executionId) {
        operator().stop(executionId);
        audited(AuditAction.UPDATE, executionId, "stop");
    }

    /** Restarts a stopped or failed execution with its own parameters; it goes on from the last day built. */
    public long restart(long executionId) {
        JobOperator operator = operator();
        Properties parameters = operator.getParameters(executionId);
        long id = operator.restart(executionId, parameters == null ? new Properties() : parameters);
        audited(AuditAction.UPDATE, executionId, "restarted as " + id);
        return id;
    }

    /** The job operator works outside transactions; the audit record gets one of its own. */
    private void audited(AuditAction action, long executionId, String detail) {
        var actor = callers.current().actor();
        transactions.run(() -> {
            audit.record(actor, action, "JobExecution", executionId, null, detail);
            return null;
        });
    }

    private static long written(StepExecution step) {
        return java.util.Arrays.stream(step.getMetrics())
                .filter(m -> m.getType() == jakarta.batch.runtime.Metric.MetricType.WRITE_COUNT)
                .mapToLong(jakarta.batch.runtime.Metric::getValue)
                .sum();
    }

    private static Instant instant(java.util.Date date) {
        return date == null ? null : date.toInstant();
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
