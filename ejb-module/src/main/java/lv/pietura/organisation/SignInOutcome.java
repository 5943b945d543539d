package lv.pietura.organisation;

/** How a sign-in attempt ended. Only {@link #SIGNED_IN} lets the caller in. */
public enum SignInOutcome {
    SIGNED_IN,
    /** Unknown user name or wrong password: told apart nowhere, not even in the time taken. */
    BAD_CREDENTIALS,
    /** Too many wrong passwords in a row; includes the attempt that locked it. */
    LOCKED,
    INACTIVE,
    /** The institution has no agreement to use the system covering today. */
    NO_AGREEMENT
}
