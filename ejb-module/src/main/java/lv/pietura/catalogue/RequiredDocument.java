package lv.pietura.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import lv.pietura.shared.LocalizedText;

/** A document the client brings or fills in, with the form template to download, if there is one. */
@Embeddable
public class RequiredDocument implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "name_lv", nullable = false, length = 300)
    private String nameLv;

    @Column(name = "name_en", length = 300)
    private String nameEn;

    /** The handle of the template in the file store, or {@code null}. */
    @Column(name = "template_file_id", length = 36)
    private String templateFileId;

    @Column(name = "template_name", length = 200)
    private String templateName;

    protected RequiredDocument() {}

    RequiredDocument(String nameLv, String nameEn, String templateFileId, String templateName) {
        this.nameLv = nameLv;
        this.nameEn = nameEn;
        this.templateFileId = templateFileId;
        this.templateName = templateName;
    }

    public LocalizedText name() {
        return LocalizedText.of(nameLv, nameEn);
    }

    public String templateFileId() {
        return templateFileId;
    }

    public String templateName() {
        return templateName;
    }

    public boolean hasTemplate() {
        return templateFileId != null;
    }
}
