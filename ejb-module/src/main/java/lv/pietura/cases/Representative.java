package lv.pietura.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import lv.pietura.shared.Checks;
import lv.pietura.shared.PersonalCode;

/** A person acting for the client, and on what basis (a power of attorney's number, for example). */
@Embeddable
public class Representative implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "representative_name", length = Client.NAME_MAX)
    private String name;

    @Column(name = "representative_code", length = 11)
    private String personalCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "representative_basis", length = 30)
    private RepresentationBasis basis;

    @Column(name = "representative_basis_note", length = 300)
    private String basisNote;

    protected Representative() {}

    private Representative(String name, String personalCode, RepresentationBasis basis, String basisNote) {
        this.name = name;
        this.personalCode = personalCode;
        this.basis = basis;
        this.basisNote = basisNote;
    }

    /** {@code null} when nothing is given; otherwise name, personal code and basis are all required. */
    public static Representative of(String name, String personalCode, RepresentationBasis basis, String basisNote) {
        if (Checks.clean(name) == null
                && Checks.clean(personalCode) == null
                && basis == null
                && Checks.clean(basisNote) == null) {
            return null;
        }
        new Checks()
                .text("representativeName", name, Client.NAME_MAX)
                .of(() -> PersonalCode.of(personalCode, "representativeCode"))
                .present("representativeBasis", basis)
                .optionalText("representativeBasisNote", basisNote, 300)
                .throwIfAny();
        return new Representative(
                Checks.clean(name), PersonalCode.of(personalCode).value(), basis, Checks.clean(basisNote));
    }

    public String name() {
        return name;
    }

    public String personalCode() {
        return personalCode;
    }

    public String formattedCode() {
        return personalCode == null ? null : PersonalCode.of(personalCode).formatted();
    }

    public RepresentationBasis basis() {
        return basis;
    }

    public String basisNote() {
        return basisNote;
    }

    /** Hibernate gives an embeddable of only nulls as {@code null}; this tells both apart. */
    public boolean isPresent() {
        return name != null;
    }
}
