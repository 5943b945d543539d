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
    NO_AGREEMENT,
    /**
     * Single sign-on: the identity provider vouched for the person, but its token does not make a Pietura
     * account (no known institution or role, a clerk without a centre of that institution, or the name
     * belongs to an account that signs in with a password).
     */
    NOT_MAPPED
}
