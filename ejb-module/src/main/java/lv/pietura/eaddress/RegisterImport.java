package lv.pietura.eaddress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One import of a register file: the Jakarta Batch job instance (its id is the instance's, so a restart goes on
 * in the same record), its file, and what it did so far. The counts are added by the chunk transactions that
 * did the work ({@link RegisterWriter}), so they are exact after a failure and a restart.
 */
@Entity
@Table(name = "register_import")
public class RegisterImport {

    @Id
    private Long id;

    @Column(name = "execution_id", nullable = false)
    private long executionId;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "file_bytes", nullable = false)
    private long fileBytes;

    @Column(name = "started_by", nullable = false, length = 64)
    private String startedBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "bytes_read", nullable = false)
    private long bytesRead;

    @Column(name = "lines_read", nullable = false)
    private long linesRead;

    @Column(name = "created", nullable = false)
    private long created;

    @Column(name = "updated", nullable = false)
    private long updated;

    @Column(name = "closed", nullable = false)
    private long closed;

    @Column(name = "unchanged", nullable = false)
    private long unchanged;

    @Column(name = "bad", nullable = false)
    private long bad;

    /** Why the last execution failed (a message key); null when it did not. */
    @Column(name = "failure", length = 100)
    private String failure;

    protected RegisterImport() {}

    RegisterImport(long instanceId, long executionId, String fileName, long fileBytes, String startedBy, Instant at) {
        this.id = instanceId;
        this.executionId = executionId;
        this.fileName = fileName;
        this.fileBytes = fileBytes;
        this.startedBy = startedBy;
        this.startedAt = at;
    }

    /** An execution of the instance begins (the first or a restart): a former failure is over. */
    void executing(long executionId) {
        this.executionId = executionId;
        this.failure = null;
    }

    void failed(String reason) {
        this.failure = reason;
    }

    public long id() {
        return id;
    }

    public long executionId() {
        return executionId;
    }

    public String fileName() {
        return fileName;
    }

    public long fileBytes() {
        return fileBytes;
    }

    public String startedBy() {
        return startedBy;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public long bytesRead() {
        return bytesRead;
    }

    public long linesRead() {
        return linesRead;
    }

    public long created() {
        return created;
    }

    public long updated() {
        return updated;
    }

    public long closed() {
        return closed;
    }

    public long unchanged() {
        return unchanged;
    }

    public long bad() {
        return bad;
    }

    public String failure() {
        return failure;
    }
}
