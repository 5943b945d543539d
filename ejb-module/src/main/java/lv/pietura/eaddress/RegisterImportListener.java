package lv.pietura.eaddress;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.JobListener;
import jakarta.batch.api.listener.StepListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.file.Files;
import java.time.Clock;
import lv.pietura.shared.PieturaException;

/**
 * Keeps the import's record: opened when an execution begins (the first or a restart), the reason kept when
 * its step fails (a message key: the file's problem, or a failure of the server's own). Each in a transaction
 * of its own, outside the chunks'.
 */
@Dependent
@Named("registerImportListener")
public class RegisterImportListener implements JobListener, StepListener {

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    @BatchProperty
    String file;

    @Inject
    @BatchProperty
    String startedBy;

    @Inject
    RegisterFiles files;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "pietura")
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void beforeJob() throws Exception {
        RegisterImport record = em.find(RegisterImport.class, job.getInstanceId());
        if (record == null) {
            long bytes = Files.size(files.resolve(file));
            em.persist(new RegisterImport(
                    job.getInstanceId(),
                    job.getExecutionId(),
                    file,
                    bytes,
                    startedBy == null || startedBy.isBlank() ? "batch" : startedBy,
                    clock.instant()));
        } else {
            record.executing(job.getExecutionId());
        }
    }

    @Override
    public void afterJob() {
        // the record has its counts from the chunks
    }

    @Override
    public void beforeStep() {
        // nothing before
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void afterStep() {
        Exception failure = step.getException();
        if (failure == null) {
            return;
        }
        RegisterImport record = em.find(RegisterImport.class, job.getInstanceId());
        if (record != null) {
            record.failed(failure instanceof PieturaException known ? known.messageKey() : "registerImport.failed");
        }
    }
}
