package lv.pietura.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.Instant;
import lv.pietura.files.FileRef;

/** A file of a case, kept in the file store under its hash. */
@Embeddable
public class CaseDocument implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    /** The handle the file was attached with: what the case's page and API name it by. */
    @Column(name = "file_id", nullable = false, length = 36)
    private String fileId;

    @Column(name = "file_name", nullable = false, length = 255)
    private String name;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(name = "media_type", nullable = false, length = 120)
    private String mediaType;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false, length = 20)
    private DocumentPurpose purpose;

    /** The intake form's file field it answers, or {@code null} for a file attached generally. */
    @Column(name = "field_code", length = 60)
    private String fieldCode;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    @Column(name = "added_by", nullable = false, length = 64)
    private String addedBy;

    protected CaseDocument() {}

    CaseDocument(FileRef file, DocumentPurpose purpose, String fieldCode, Instant addedAt, String addedBy) {
        this.sha256 = file.sha256();
        this.fileId = file.id();
        this.name = file.name() == null ? "file" : file.name();
        this.size = file.size();
        this.mediaType = file.mediaType();
        this.purpose = purpose;
        this.fieldCode = fieldCode;
        this.addedAt = addedAt;
        this.addedBy = addedBy;
    }

    public String sha256() {
        return sha256;
    }

    public String fileId() {
        return fileId;
    }

    /** The file as the store knows it, under this case's name for it. */
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

    public DocumentPurpose purpose() {
        return purpose;
    }

    public String fieldCode() {
        return fieldCode;
    }

    public Instant addedAt() {
        return addedAt;
    }

    public String addedBy() {
        return addedBy;
    }
}
