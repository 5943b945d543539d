package lv.pietura.files;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.io.Serializable;

/**
 * A stored file as a record carries it (a case's document, a message's file): the handle it was attached
 * with, which the record's pages and API name it by, its hash in the store, and the name, size and type the
 * record gives it. The same columns wherever it is embedded.
 */
@MappedSuperclass
public abstract class AttachedFile implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "file_id", nullable = false, length = 36)
    private String fileId;

    @Column(name = "file_name", nullable = false, length = 255)
    private String name;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(name = "media_type", nullable = false, length = 120)
    private String mediaType;

    protected AttachedFile() {}

    protected AttachedFile(FileRef file, String name) {
        this.sha256 = file.sha256();
        this.fileId = file.id();
        this.name = name;
        this.size = file.size();
        this.mediaType = file.mediaType();
    }

    public String sha256() {
        return sha256;
    }

    public String fileId() {
        return fileId;
    }

    /** The file as the store knows it, under the record's name for it. */
    public FileRef ref() {
        return new FileRef(fileId, sha256, size, mediaType, name);
    }

    public String name() {
        return name;
    }

    public long size() {
        return size;
    }

    public String mediaType() {
        return mediaType;
    }
}
