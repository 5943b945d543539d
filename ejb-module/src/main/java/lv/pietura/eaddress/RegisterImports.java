package lv.pietura.eaddress;

import static lv.pietura.shared.RoleNames.PLATFORM_ADMIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import lv.pietura.audit.AuditAction;
import lv.pietura.audit.AuditLog;
import lv.pietura.organisation.CallerContext;
import lv.pietura.shared.NotFound;
import lv.pietura.shared.OwnTransactions;
import lv.pietura.shared.RuleViolation;

/**
 * Platform administrators fill the addressee catalogue from the Enterprise Register's open data file: they
 * choose a file of the register directory (or upload a smaller one), start the import job (the file is read
 * whole first, and one that cannot be imported is refused with its reason), follow its progress, stop it,
 * restart a stopped or failed one where it stopped, and read its bad lines. Audited.
 */
@Stateless
@RolesAllowed(PLATFORM_ADMIN)
// The job operator works outside transactions; the few writes here take their own (OwnTransactions).
@TransactionManagement(TransactionManagementType.BEAN)
public class RegisterImports {

    static final String JOB = "register-import";

    private static final Set<BatchStatus> RUNNING =
            Set.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING);

    @Inject
    RegisterFiles files;

    @Inject
    CallerContext callers;

    @Inject
    AuditLog audit;

    @Inject
    OwnTransactions transactions;

    @PersistenceContext(unitName = "pietura")
    EntityManager em;

    /** An import as the administrator follows it; {@code percent} of the file read. */
    public record ImportView(
            long id,
            String file,
            String status,
            Instant started,
            Instant ended,
            String startedBy,
            int percent,
            long linesRead,
            long created,
            long updated,
            long closed,
            long unchanged,
            long bad,
            String failure)
            implements Serializable {

        public boolean running() {
            return RUNNING.contains(BatchStatus.valueOf(status));
        }

        public boolean restartable() {
            return status.equals(BatchStatus.STOPPED.name()) || status.equals(BatchStatus.FAILED.name());
        }
    }

    /** A line the import could not take. */
    public record ProblemView(long line, String reason, String detail) implements Serializable {}

    /** The files an import can read, newest first. */
    public List<RegisterFiles.RegisterFile> files() {
        return files.list();
    }

    /** Keeps an uploaded register file once its content has passed the same reading an import begins with. */
    public RegisterFiles.RegisterFile upload(String fileName, InputStream content) {
        RegisterFiles.RegisterFile stored = files.store(fileName, content);
        audited(AuditAction.CREATE, stored.name(), "uploaded, " + stored.bytes() + " bytes");
        return stored;
    }

    /**
     * Starts importing the file {@code fileName} of the register directory, unless an import is running; the
     * import's id. Its record appears when the job has begun.
     */
    public long start(String fileName) {
        files.check(files.resolve(fileName));
        JobOperator operator = operator();
        if (anyRunning(operator)) {
            throw new RuleViolation("registerImport.running");
        }
        Properties parameters = new Properties();
        parameters.setProperty("file", fileName);
        parameters.setProperty("startedBy", callers.current().actor().username());
        long execution = operator.start(JOB, parameters);
        long id = operator.getJobInstance(execution).getInstanceId();
        audited(AuditAction.CREATE, id, fileName);
        return id;
    }

    private static boolean anyRunning(JobOperator operator) {
        try {
            return !operator.getRunningExecutions(JOB).isEmpty();
        } catch (NoSuchJobException never) {
            return false;
        }
    }

    /** The newest imports first, with the status of their last execution. */
    public List<ImportView> imports(int max) {
        JobOperator operator = operator();
        int most = Math.max(1, Math.min(max, 100));
        // the executions' states first, the counts after them: a job that ended had written its last counts before,
        // so an import never reads as ended with the counts of a moment before (a small file ends in milliseconds)
        Map<Long, Execution> executions = new HashMap<>();
        em.createQuery("select r.executionId from RegisterImport r order by r.id desc", Long.class)
                .setMaxResults(most)
                .getResultStream()
                .forEach(execution -> executions.put(execution, Execution.of(operator, execution)));
        return em.createQuery("select r from RegisterImport r order by r.id desc", RegisterImport.class)
                .setMaxResults(most)
                .getResultStream()
                .map(r -> view(
                        executions.computeIfAbsent(r.executionId(), execution -> Execution.of(operator, execution)), r))
                .toList();
    }

    /** The bad lines an import kept, in the file's order. */
    public List<ProblemView> problems(long importId, int max) {
        record(importId);
        return em.createQuery(
                        "select p from RegisterProblem p where p.importId = :id order by p.lineNo",
                        RegisterProblem.class)
                .setParameter("id", importId)
                .setMaxResults(Math.max(1, Math.min(max, RegisterProblem.KEPT)))
                .getResultStream()
                .map(p -> new ProblemView(p.lineNo(), p.reason(), p.detail()))
                .toList();
    }

    /** Asks a running import to stop after the chunk it is writing. */
    public void stop(long importId) {
        RegisterImport record = record(importId);
        if (!view(operator(), record).running()) {
            throw new RuleViolation("registerImport.notRunning");
        }
        operator().stop(record.executionId());
        audited(AuditAction.UPDATE, importId, "stop");
    }

    /** Restarts a stopped or failed import where it stopped. */
    public void restart(long importId) {
        RegisterImport record = record(importId);
        JobOperator operator = operator();
        if (!view(operator, record).restartable()) {
            throw new RuleViolation("registerImport.notRestartable");
        }
        long execution = operator.restart(record.executionId(), operator.getParameters(record.executionId()));
        transactions.run(() -> {
            em.find(RegisterImport.class, importId).executing(execution);
            return null;
        });
        audited(AuditAction.UPDATE, importId, "restarted as execution " + execution);
    }

    private RegisterImport record(long importId) {
        RegisterImport record = em.find(RegisterImport.class, importId);
        if (record == null) {
            throw new NotFound("RegisterImport", importId);
        }
        return record;
    }

    /** The state of an import's execution as JBeret has it: its batch status, and when it ended. */
    private record Execution(String status, Instant ended) {

        static Execution of(JobOperator operator, long executionId) {
            try {
                JobExecution execution = operator.getJobExecution(executionId);
                return new Execution(
                        execution.getBatchStatus().name(),
                        execution.getEndTime() == null
                                ? null
                                : execution.getEndTime().toInstant());
            } catch (NoSuchJobExecutionException gone) {
                return new Execution(BatchStatus.ABANDONED.name(), null);
            }
        }
    }

    private static ImportView view(JobOperator operator, RegisterImport r) {
        return view(Execution.of(operator, r.executionId()), r);
    }

    private static ImportView view(Execution execution, RegisterImport r) {
        String status = execution.status();
        Instant ended = execution.ended();
        int percent = r.fileBytes() == 0 ? 100 : (int) Math.min(100, r.bytesRead() * 100 / r.fileBytes());
        return new ImportView(
                r.id(),
                r.fileName(),
                status,
                r.startedAt(),
                ended,
                r.startedBy(),
                status.equals(BatchStatus.COMPLETED.name()) ? 100 : percent,
                r.linesRead(),
                r.created(),
                r.updated(),
                r.closed(),
                r.unchanged(),
                r.bad(),
                r.failure());
    }

    private void audited(AuditAction action, Object id, String detail) {
        var actor = callers.current().actor();
        transactions.run(() -> {
            audit.record(actor, action, "RegisterImport", id, null, detail);
            return null;
        });
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
