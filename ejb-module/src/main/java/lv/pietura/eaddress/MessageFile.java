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

    @Column(name = "file_name", nullable = false, length = 255)
    private String name;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(name = "media_type", nullable = false, length = 120)
    private String mediaType;

    protected MessageFile() {
    }

    MessageFile(FileRef file, String name) {
        this.sha256 = file.sha256();
        this.name = name;
        this.size = file.size();
        this.mediaType = file.mediaType();
    }

    public String sha256() {
        return sha256;
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
