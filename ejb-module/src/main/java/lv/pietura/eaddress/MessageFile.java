package lv.pietura.eaddress;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import lv.pietura.files.FileRef;

/** A file of a message, kept once in the file store under its hash however many messages carry it. */
@Embeddable
public class MessageFile implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    /** The handle the file was sent with: what the message's pages and API name it by. */
    @Column(name = "file_id", nullable = false, length = 36)
    private String fileId;

    @Column(name = "file_name", nullable = false, length = 255)
    private String name;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(name = "media_type", nullable = false, length = 120)
    private String mediaType;

    protected MessageFile() {}

    MessageFile(FileRef file, String name) {
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

    /** The file as the store knows it, under this message's name for it. */
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
