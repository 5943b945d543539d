package lv.pietura.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** What one run of the retention job did: kept for the platform's administrators, never erased itself. */
@Entity
@Table(name = "retention_run")
public class RetentionRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "execution_id", nullable = false)
    private long executionId;

    @Column(name = "run_on", nullable = false)
    private LocalDate runOn;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "cases_erased", nullable = false)
    private int casesErased;

    @Column(name = "cases_held", nullable = false)
    private int casesHeld;

    @Column(name = "messages_erased", nullable = false)
    private int messagesErased;

    @Column(name = "documents_removed", nullable = false)
    private int documentsRemoved;

    @Column(name = "files_removed", nullable = false)
    private int filesRemoved;

    @Column(name = "bytes_freed", nullable = false)
    private long bytesFreed;

    protected RetentionRun() {}

    RetentionRun(long executionId, LocalDate runOn, Instant startedAt) {
        this.executionId = executionId;
        this.runOn = runOn;
        this.startedAt = startedAt;
    }

    void erased(int documents, int messages) {
        casesErased++;
        documentsRemoved += documents;
        messagesErased += messages;
    }

    void held(int cases) {
        casesHeld = cases;
    }

    void removed(long bytes) {
        filesRemoved++;
        bytesFreed += bytes;
    }

    void finished(Instant at) {
        finishedAt = at;
    }

    public Long id() {
        return id;
    }

    public long executionId() {
        return executionId;
    }

    public LocalDate runOn() {
        return runOn;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public int casesErased() {
        return casesErased;
    }

    public int casesHeld() {
        return casesHeld;
    }

    public int messagesErased() {
        return messagesErased;
    }

    public int documentsRemoved() {
        return documentsRemoved;
    }

    public int filesRemoved() {
        return filesRemoved;
    }

    public long bytesFreed() {
        return bytesFreed;
    }
}
