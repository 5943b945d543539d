package lv.pietura.catalogue;

/** A version is a draft (editable) or published (never changed again). */
public enum VersionState {
    DRAFT,
    PUBLISHED
}
