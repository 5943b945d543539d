package lv.pietura.cases;

/** A client is a person (by personal code) or a legal person (by registration number). */
public enum ClientKind {
    PERSON,
    ORGANISATION
}
