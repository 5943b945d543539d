package lv.pietura.cases;

/** Why someone acts for the client. */
public enum RepresentationBasis {
    /** A parent, guardian or trustee. */
    LEGAL_REPRESENTATIVE,
    /** A power of attorney. */
    POWER_OF_ATTORNEY,
    /** A member of the board or another person entitled to represent a legal person. */
    OFFICER,
    /** An employee authorised by the organisation. */
    AUTHORISATION
}
