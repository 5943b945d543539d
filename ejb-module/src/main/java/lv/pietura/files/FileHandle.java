package lv.pietura.files;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.Immutable;

/**
 * A capability to a stored file: the unguessable id that pages and the API give out, who holds it, for what,
 * and under which name. The content stays in the store once under its SHA-256; every upload, and every use of a
 * file the holder can already open elsewhere, makes a handle of its own.
 */
@Entity
@Immutable
@Table(name = "file_handle")
public class FileHandle {

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FilePurpose purpose;

    @Column(nullable = false, length = 64)
    private String owner;

    @Column(name = "institution_id")
    private Long institutionId;

    @Column(name = "file_name", nullable = false, length = 255)
    private String name;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(name = "media_type", nullable = false, length = 120)
    private String mediaType;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected FileHandle() {}

    FileHandle(String id, FileRef file, FilePurpose purpose, FileOwner owner, Instant createdAt) {
        this.id = id;
        this.sha256 = file.sha256();
        this.purpose = purpose;
        this.owner = owner.name();
        this.institutionId = owner.institutionId();
        this.name = file.name();
        this.size = file.size();
        this.mediaType = file.mediaType();
        this.createdAt = createdAt;
    }

    /** Whether {@code who} holds this handle for {@code use}. */
    boolean heldBy(FileOwner who, FilePurpose use) {
        return purpose == use && owner.equals(who.name()) && Objects.equals(institutionId, who.institutionId());
    }

    /** The file as this handle names it. */
    public FileRef ref() {
        return ref(null);
    }

    FileRef ref(String givenName) {
        return new FileRef(id, sha256, size, mediaType, givenName == null || givenName.isBlank() ? name : givenName);
    }

    public String id() {
        return id;
    }

    public String sha256() {
        return sha256;
    }
}
