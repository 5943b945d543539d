package lv.pietura.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import lv.pietura.shared.LocalizedText;

/** A field of the intake form a clerk fills in when registering a case of the service. */
@Embeddable
public class IntakeField implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The key of the value in a case's intake data; stable across versions when the label is kept. */
    @Column(name = "code", nullable = false, length = 60)
    private String code;

    @Column(name = "label_lv", nullable = false, length = 200)
    private String labelLv;

    @Column(name = "label_en", length = 200)
    private String labelEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "field_type", nullable = false, length = 30)
    private FieldType type;

    @Column(name = "required", nullable = false)
    private boolean required;

    @Column(name = "help_lv", length = 500)
    private String helpLv;

    @Column(name = "help_en", length = 500)
    private String helpEn;

    /** The options of a choice list, one per line. */
    @Column(name = "choices", length = 2000)
    private String choices;

    protected IntakeField() {}

    IntakeField(
            String code,
            String labelLv,
            String labelEn,
            FieldType type,
            boolean required,
            String helpLv,
            String helpEn,
            List<String> choices) {
        this.code = code;
        this.labelLv = labelLv;
        this.labelEn = labelEn;
        this.type = type;
        this.required = required;
        this.helpLv = helpLv;
        this.helpEn = helpEn;
        this.choices = choices == null || choices.isEmpty() ? null : String.join("\n", choices);
    }

    public String code() {
        return code;
    }

    public LocalizedText label() {
        return LocalizedText.of(labelLv, labelEn);
    }

    public FieldType type() {
        return type;
    }

    public boolean required() {
        return required;
    }

    public LocalizedText help() {
        return LocalizedText.of(helpLv, helpEn);
    }

    public List<String> choices() {
        return choices == null ? List.of() : Arrays.asList(choices.split("\n"));
    }
}
