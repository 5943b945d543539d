package lv.pietura.files;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** What the store knows of a file besides its bytes; {@link FileStore} writes the row itself, once for each content. */
@Entity
@Immutable
@Table(name = "stored_file")
public class StoredFile {

    @Id
    @Column(length = 64)
    private String sha256;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;

    @Column(name = "stored_at", nullable = false)
    private Instant storedAt;

    protected StoredFile() {}

    public String sha256() {
        return sha256;
    }

    public long size() {
        return size;
    }

    public String mediaType() {
        return mediaType;
    }

    public Instant storedAt() {
        return storedAt;
    }
}
