package lv.pietura.files;

/** What a file was stored for: a handle serves that purpose only (a form template is not a case document). */
public enum FilePurpose {
    CASE_DOCUMENT,
    MESSAGE_FILE,
    FORM_TEMPLATE,
    REPORT,
    SUPPORT_FILE
}
