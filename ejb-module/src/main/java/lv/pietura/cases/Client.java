package lv.pietura.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import lv.pietura.shared.Checks;
import lv.pietura.shared.DocumentNumber;
import lv.pietura.shared.PersonalCode;
import lv.pietura.shared.RegistrationNumber;

/**
 * Who a case is for: a person identified by a valid personal code, a legal person by a valid registration
 * number, a foreign person by an identity document (its type, number and issuing country, with their date of
 * birth), or an anonymous client of a consultation (nothing that identifies them, not even contact details);
 * a name as the client gives it; how to reach them.
 */
@Embeddable
public class Client implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int NAME_MAX = 200;
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()-]{5,30}$");

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    @Enumerated(EnumType.STRING)
    @Column(name = "client_kind", nullable = false, length = 20)
    private ClientKind kind;

    /**
     * What the client is found again by: the eleven digits of the personal code or registration number, a
     * foreign client's document number; {@code null} for an anonymous client.
     */
    @Column(name = "client_code", length = 20)
    private String code;

    @Column(name = "client_name", length = NAME_MAX)
    private String name;

    @Column(name = "client_email", length = 254)
    private String email;

    @Column(name = "client_phone", length = 30)
    private String phone;

    @Enumerated(EnumType.STRING)
    @Column(name = "client_document_type", length = 20)
    private IdentityDocument documentType;

    /** The document's issuing country, ISO 3166-1 alpha-2. */
    @Column(name = "client_country", length = 2)
    private String country;

    @Column(name = "client_birth_date")
    private LocalDate birthDate;

    protected Client() {}

    /** The same kind of client, no longer identified: the kind stays in the figures. */
    Client erased() {
        return new Client(kind, null, null, null, null);
    }

    private Client(ClientKind kind, String code, String name, String email, String phone) {
        this.kind = kind;
        this.code = code;
        this.name = name;
        this.email = email;
        this.phone = phone;
    }

    /**
     * A client of any kind.
     *
     * @param code    the personal code, the registration number or, for a foreign client, the document's number
     * @param foreign a foreign client's document and birth date ({@code null} for the others)
     * @param today   the day the birth date must lie before
     * @throws lv.pietura.shared.RuleViolation naming every problem at once
     */
    public static Client of(
            ClientKind kind,
            String code,
            String name,
            String email,
            String phone,
            NewCase.Foreign foreign,
            LocalDate today) {
        Checks checks = new Checks().present("clientKind", kind);
        String cleanEmail = Checks.clean(email);
        String cleanPhone = Checks.clean(phone);
        if (kind == ClientKind.ANONYMOUS) {
            checks.that(
                    Checks.clean(code) == null
                            && Checks.clean(name) == null
                            && cleanEmail == null
                            && cleanPhone == null,
                    "clientKind",
                    "case.client.anonymousIdentified");
            checks.throwIfAny();
            return new Client(kind, null, null, null, null);
        }
        checks.text("clientName", name, NAME_MAX);
        String identifier = null;
        if (kind == ClientKind.PERSON) {
            checks.of(() -> PersonalCode.of(code, "clientCode"));
            identifier = PersonalCode.isValid(code) ? PersonalCode.of(code).value() : null;
        } else if (kind == ClientKind.ORGANISATION) {
            checks.of(() -> RegistrationNumber.of(code, "clientCode"));
            identifier = RegistrationNumber.isValid(code)
                    ? RegistrationNumber.of(code).value()
                    : null;
        } else if (kind == ClientKind.FOREIGN_PERSON) {
            identifier = documentNumber(code);
            checks.that(code != null && !code.isBlank(), "clientCode", "case.client.documentNumberRequired");
            if (code != null && !code.isBlank()) {
                checks.that(identifier != null, "clientCode", "case.client.documentNumber", code.strip());
            }
            NewCase.Foreign given = foreign == null ? new NewCase.Foreign(null, null, null) : foreign;
            checks.present("clientDocumentType", given.documentType());
            String country =
                    given.country() == null ? null : given.country().strip().toUpperCase(Locale.ROOT);
            if (country == null || country.isEmpty()) {
                checks.fail("clientCountry", "case.client.countryRequired");
            } else {
                checks.that(COUNTRIES.contains(country), "clientCountry", "case.client.country", country);
            }
            if (given.birthDate() == null) {
                checks.fail("clientBirthDate", "case.client.birthDateRequired");
            } else {
                checks.that(
                        !given.birthDate().isBefore(EARLIEST_BIRTH)
                                && (today == null || given.birthDate().isBefore(today)),
                        "clientBirthDate",
                        "case.client.birthDate");
            }
            checkContact(checks, cleanEmail, cleanPhone);
            checks.throwIfAny();
            Client client = new Client(kind, identifier, Checks.clean(name), cleanEmail, cleanPhone);
            client.documentType = given.documentType();
            client.country = country;
            client.birthDate = given.birthDate();
            return client;
        }
        checkContact(checks, cleanEmail, cleanPhone);
        checks.throwIfAny();
        return new Client(kind, identifier, Checks.clean(name), cleanEmail, cleanPhone);
    }

    /** A document number as stored, or {@code null} when it is not one ({@link DocumentNumber}). */
    public static String documentNumber(String text) {
        return DocumentNumber.normalised(text);
    }

    private static void checkContact(Checks checks, String cleanEmail, String cleanPhone) {
        if (cleanEmail != null) {
            checks.email("clientEmail", cleanEmail);
        }
        checks.that(
                cleanPhone == null || PHONE.matcher(cleanPhone).matches(),
                "clientPhone",
                "case.client.phone",
                cleanPhone == null ? "" : cleanPhone);
    }

    public ClientKind kind() {
        return kind;
    }

    /** What the client is found again by; {@code null} for an anonymous client. */
    public String code() {
        return code;
    }

    /** As people write it: a personal code with its hyphen; {@code null} for an anonymous client. */
    public String formattedCode() {
        return kind == ClientKind.PERSON && code != null ? PersonalCode.of(code).formatted() : code;
    }

    /** {@code null} for an anonymous client. */
    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    /** A foreign client's identity document, else {@code null}. */
    public IdentityDocument documentType() {
        return documentType;
    }

    /** The issuing country of a foreign client's document, else {@code null}. */
    public String country() {
        return country;
    }

    /** A foreign client's date of birth, else {@code null}. */
    public LocalDate birthDate() {
        return birthDate;
    }
}
