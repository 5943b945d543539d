package lv.pietura.files;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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

    /**
     * Files of a service case: scans and photos, documents, spreadsheets and signed containers, the formats
     * the national e-address accepts.
     */
    public static final Set<String> CASE_DOCUMENTS = Set.of(
            "application/pdf",
            "image/jpeg",
            "image/png",
            "image/tiff",
            "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.oasis.opendocument.text",
            "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.etsi.asic-e+zip",
            "application/vnd.etsi.asic-s+zip");

    /** Reports Pietura produces: CSV (detected as text) and XLSX. */
    public static final Set<String> REPORTS =
            Set.of("text/csv", "text/plain", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** What a support request carries: a screenshot, a PDF, a text file (a log, what the page said). */
    public static final Set<String> SUPPORT_FILES = Set.of("image/png", "image/jpeg", "application/pdf", "text/plain");

    private static final Map<String, String> SHORT_NAMES = Map.ofEntries(
            Map.entry("application/pdf", "PDF"),
            Map.entry("image/jpeg", "JPEG"),
            Map.entry("image/png", "PNG"),
            Map.entry("image/tiff", "TIFF"),
            Map.entry("application/msword", "DOC"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX"),
            Map.entry("application/vnd.oasis.opendocument.text", "ODT"),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet", "ODS"),
            Map.entry("application/vnd.oasis.opendocument.presentation", "ODP"),
            Map.entry("application/vnd.ms-excel", "XLS"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX"),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", "PPTX"),
            Map.entry("application/rtf", "RTF"),
            Map.entry("text/csv", "CSV"),
            Map.entry("text/plain", "TXT"),
            Map.entry("application/vnd.etsi.asic-e+zip", "EDOC"),
            Map.entry("application/vnd.etsi.asic-s+zip", "ASICS"));

    private FileKinds() {}

    /** The formats as people know them, for a message: "PDF, DOC, DOCX". */
    public static String names(Set<String> types) {
        return types.stream().map(t -> SHORT_NAMES.getOrDefault(t, t)).sorted().collect(Collectors.joining(", "));
    }
}
