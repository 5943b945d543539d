package lv.pietura.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.regex.Pattern;
import lv.pietura.shared.Checks;
import lv.pietura.shared.PersonalCode;
import lv.pietura.shared.RegistrationNumber;

/**
 * Who a case is for: a person identified by a valid personal code, or a legal person by a valid
 * registration number; a name as the client gives it; how to reach them.
 */
@Embeddable
public class Client implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int NAME_MAX = 200;
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()-]{5,30}$");

    @Enumerated(EnumType.STRING)
    @Column(name = "client_kind", nullable = false, length = 20)
    private ClientKind kind;

    /** The eleven digits of the personal code or registration number. */
    @Column(name = "client_code", nullable = false, length = 11)
    private String code;

    @Column(name = "client_name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "client_email", length = 254)
    private String email;

    @Column(name = "client_phone", length = 30)
    private String phone;

    protected Client() {}

    private Client(ClientKind kind, String code, String name, String email, String phone) {
        this.kind = kind;
        this.code = code;
        this.name = name;
        this.email = email;
        this.phone = phone;
    }

    /**
     * @throws lv.pietura.shared.RuleViolation naming every problem: the code checked as the value object
     *                                         of its kind, a name, an e-mail and a phone that look real
     */
    public static Client of(ClientKind kind, String code, String name, String email, String phone) {
        Checks checks = new Checks().present("clientKind", kind).text("clientName", name, NAME_MAX);
        String digits = null;
        if (kind == ClientKind.PERSON) {
            checks.of(() -> PersonalCode.of(code, "clientCode"));
            digits = PersonalCode.isValid(code) ? PersonalCode.of(code).value() : null;
        } else if (kind == ClientKind.ORGANISATION) {
            checks.of(() -> RegistrationNumber.of(code, "clientCode"));
            digits = RegistrationNumber.isValid(code)
                    ? RegistrationNumber.of(code).value()
                    : null;
        }
        String cleanEmail = Checks.clean(email);
        if (cleanEmail != null) {
            checks.email("clientEmail", cleanEmail);
        }
        String cleanPhone = Checks.clean(phone);
        checks.that(
                cleanPhone == null || PHONE.matcher(cleanPhone).matches(),
                "clientPhone",
                "case.client.phone",
                cleanPhone == null ? "" : cleanPhone);
        checks.throwIfAny();
        return new Client(kind, digits, Checks.clean(name), cleanEmail, cleanPhone);
    }

    public ClientKind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    /** As people write it: a personal code with its hyphen. */
    public String formattedCode() {
        return kind == ClientKind.PERSON ? PersonalCode.of(code).formatted() : code;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }
}
