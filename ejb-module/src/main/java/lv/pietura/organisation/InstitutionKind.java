package lv.pietura.organisation;

/** The legal kind of an institution. Only municipalities run customer service centres. */
public enum InstitutionKind {
    STATE_BODY,
    MUNICIPALITY,
    OTHER
}
