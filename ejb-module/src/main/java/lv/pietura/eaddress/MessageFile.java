package lv.pietura.eaddress;

import jakarta.persistence.Embeddable;
import lv.pietura.files.AttachedFile;
import lv.pietura.files.FileRef;

/** A file of a message, kept once in the file store under its hash however many messages carry it. */
@Embeddable
public class MessageFile extends AttachedFile {

    private static final long serialVersionUID = 1L;

    protected MessageFile() {}

    MessageFile(FileRef file, String name) {
        super(file, name);
    }
}
