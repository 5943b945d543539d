package lv.pietura.eaddress;

/** Whose e-address an account is: its address is the registration number or the personal code. */
public enum AccountKind {
    INSTITUTION,
    COMPANY,
    PERSON
}
