package lv.pietura.cases;

/** The identity document a foreign client is recorded by. */
public enum IdentityDocument {
    PASSPORT,
    ID_CARD,
    RESIDENCE_PERMIT,
    OTHER
}
