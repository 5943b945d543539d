package lv.pietura.cases;

/** What the client came for. */
public enum CaseType {
    /** Advice or information; may be given and closed on the spot. */
    CONSULTATION,
    /** A request the holder decides on. */
    APPLICATION
}
