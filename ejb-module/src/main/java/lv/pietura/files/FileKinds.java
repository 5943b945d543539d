package lv.pietura.files;

import java.util.Set;

/** Media types accepted for a purpose, as told from content. */
public final class FileKinds {

    /** Form templates a client downloads and fills in: documents and spreadsheets. */
    public static final Set<String> FORM_TEMPLATES = Set.of(
            "application/pdf",
            "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.oasis.opendocument.text",
            "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.ms-excel",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/rtf");

    private FileKinds() {
    }
}
