package lv.pietura.eaddress;

/** Whose e-address an account is: its address is the registration number or the personal code. */
public enum AccountKind {
    INSTITUTION,
    COMPANY,
    PERSON,
    /** Pietura itself, sending what it produces (the ministry's reports); nobody writes to it. */
    PLATFORM
}
