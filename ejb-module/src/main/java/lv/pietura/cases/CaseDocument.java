package lv.pietura.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import lv.pietura.files.AttachedFile;
import lv.pietura.files.FileRef;

/** A file of a case, kept in the file store under its hash: what it is for, who added it and when. */
@Embeddable
public class CaseDocument extends AttachedFile {

    private static final long serialVersionUID = 1L;

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
        super(file, file.name() == null ? "file" : file.name());
        this.purpose = purpose;
        this.fieldCode = fieldCode;
        this.addedAt = addedAt;
        this.addedBy = addedBy;
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
