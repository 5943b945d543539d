package lv.pietura.catalogue;

/** Who may receive a service. */
public enum Recipients {
    PERSONS,
    COMPANIES,
    BOTH
}
