package lv.pietura.catalogue;

/** Kinds of intake form field; codes and numbers are checked as the value objects they are. */
public enum FieldType {
    TEXT,
    NUMBER,
    DATE,
    CHOICE,
    PERSONAL_CODE,
    REGISTRATION_NUMBER,
    FILE
}
