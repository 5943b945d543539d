package lv.pietura.cases;

/**
 * Who a case is for: a person by their Latvian personal code, a legal person by its registration number, a
 * foreign person by their identity document, or nobody identified (an anonymous consultation).
 */
public enum ClientKind {
    PERSON,
    ORGANISATION,
    FOREIGN_PERSON,
    ANONYMOUS;

    /** Whether the client has a Latvian identifier, and so possibly an official e-address. */
    public boolean latvian() {
        return this == PERSON || this == ORGANISATION;
    }

    /** Whether the client is identified at all (found again by their identifier). */
    public boolean identified() {
        return this != ANONYMOUS;
    }
}
