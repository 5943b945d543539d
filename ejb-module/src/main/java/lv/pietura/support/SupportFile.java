package lv.pietura.support;

import jakarta.persistence.Embeddable;
import lv.pietura.files.AttachedFile;
import lv.pietura.files.FileRef;

/** A screenshot or file sent with a support request. */
@Embeddable
public class SupportFile extends AttachedFile {

    private static final long serialVersionUID = 1L;

    protected SupportFile() {}

    SupportFile(FileRef file) {
        super(file, file.name());
    }
}
