package lv.pietura.cases;

/** Why a file is part of a case. */
public enum DocumentPurpose {
    /** Brought or sent by the client with the application (a scan, a filled-in form). */
    ATTACHMENT,
    /** Issued by the holder as or with the result. */
    RESULT,
    /** The printed application, signed by the client at the centre and scanned. */
    SIGNED_APPLICATION,
    /** The result's documents and notice in one container, sealed by the holder's electronic seal. */
    SEALED_RESULT
}
