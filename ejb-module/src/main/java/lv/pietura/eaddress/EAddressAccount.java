package lv.pietura.eaddress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Locale;
import lv.pietura.security.PasswordHash;
import lv.pietura.shared.Checks;
import lv.pietura.shared.EAddress;
import lv.pietura.shared.PersonalCode;
import lv.pietura.shared.RegistrationNumber;
import lv.pietura.shared.RuleViolation;

/**
 * An e-address account: an entry of the addressee catalogue and a mailbox. Institutions and companies
 * are addressed by registration number ({@code _DEFAULT@90001733697}), persons by personal code. Only
 * an activated account can be written to; persons never write to persons.
 */
@Entity
@Table(name = "eaddress_account")
@org.hibernate.annotations.BatchSize(size = 50)
public class EAddressAccount {

    static final int NAME_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "eaddress_account_seq")
    @SequenceGenerator(name = "eaddress_account_seq", sequenceName = "eaddress_account_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private AccountKind kind;

    @Column(name = "identifier", nullable = false, length = 11)
    private String identifier;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "search_name", nullable = false, length = NAME_MAX)
    private String searchName;

    @Column(name = "institution_id")
    private Long institutionId;

    @Column(name = "activated", nullable = false)
    private boolean activated;

    @Column(name = "notify_email", length = 200)
    private String notifyEmail;

    /** For the demo's form sign-in of a holder; production signs holders in through OpenID Connect. */
    @Column(name = "password_hash", length = 300)
    private String passwordHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected EAddressAccount() {}

    private EAddressAccount(
            AccountKind kind, String identifier, String name, Long institutionId, boolean activated, Instant now) {
        this.kind = kind;
        this.identifier = identifier;
        this.name = name;
        this.searchName = searchable(name);
        this.institutionId = institutionId;
        this.activated = activated;
        this.createdAt = now;
    }

    /** An institution's account: always activated (the law makes the e-address mandatory for them). */
    public static EAddressAccount ofInstitution(
            long institutionId, RegistrationNumber number, String name, Instant now) {
        return new EAddressAccount(AccountKind.INSTITUTION, number.value(), name, institutionId, true, now);
    }

    /** Pietura's own account: it sends, nobody writes to it (never activated), and no search finds it. */
    public static EAddressAccount ofPlatform(Instant now) {
        return new EAddressAccount(
                AccountKind.PLATFORM, PLATFORM_IDENTIFIER, "Pietura (VPVKAC platforma)", null, false, now);
    }

    public static EAddressAccount ofCompany(String registrationNumber, String name, boolean activated, Instant now) {
        RegistrationNumber number = RegistrationNumber.of(registrationNumber, "identifier");
        new Checks().text("name", name, NAME_MAX).throwIfAny();
        return new EAddressAccount(AccountKind.COMPANY, number.value(), name.strip(), null, activated, now);
    }

    public static EAddressAccount ofPerson(String personalCode, String name, boolean activated, Instant now) {
        PersonalCode code = PersonalCode.of(personalCode, "identifier");
        new Checks().text("name", name, NAME_MAX).throwIfAny();
        return new EAddressAccount(AccountKind.PERSON, code.value(), name.strip(), null, activated, now);
    }

    /** Refuses a message from this account to {@code recipient} when the law does not allow it. */
    static final String PLATFORM_IDENTIFIER = "PIETURA";

    void requireMayWriteTo(EAddressAccount recipient) {
        if (!recipient.activated) {
            throw RuleViolation.ofField("recipients", "eaddress.recipient.notActivated", recipient.displayAddress());
        }
        if (kind == AccountKind.PERSON && recipient.kind == AccountKind.PERSON) {
            throw RuleViolation.ofField("recipients", "eaddress.recipient.personToPerson", recipient.displayAddress());
        }
        if (kind != AccountKind.INSTITUTION && recipient.kind != AccountKind.INSTITUTION) {
            throw RuleViolation.ofField(
                    "recipients", "eaddress.recipient.onlyInstitutions", recipient.displayAddress());
        }
        if (recipient.id != null && recipient.id.equals(id)) {
            throw RuleViolation.ofField("recipients", "eaddress.recipient.self");
        }
    }

    public void activate(String email) {
        String clean = Checks.clean(email);
        if (clean != null) {
            new Checks().email("notifyEmail", clean).throwIfAny();
        }
        this.activated = true;
        this.notifyEmail = clean;
    }

    /** The holder's password for the form sign-in (the demo); at least 12 characters. */
    public void choosePassword(char[] password) {
        if (password == null || password.length < 12) {
            throw RuleViolation.ofField("password", "password.tooShort", 12);
        }
        this.passwordHash = PasswordHash.of(password);
    }

    /** Whether the holder may sign in with {@code password}: an activated account with that password. */
    boolean signsInWith(char[] password) {
        if (passwordHash == null) {
            PasswordHash.verifyNothing(password);
            return false;
        }
        return PasswordHash.matches(password, passwordHash) && activated;
    }

    public void deactivate() {
        this.activated = false;
    }

    /** The account's e-address. */
    public EAddress eAddress() {
        return new EAddress(kind == AccountKind.PERSON, identifier);
    }

    /** The address as the national system writes it: {@code _DEFAULT@<number>} or the personal code. */
    public String address() {
        return eAddress().written();
    }

    /** As people read it: a personal code with its hyphen, otherwise {@link #address()}. */
    public String displayAddress() {
        return eAddress().displayed();
    }

    static String searchable(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .strip();
    }

    public Long id() {
        return id;
    }

    public AccountKind kind() {
        return kind;
    }

    public String identifier() {
        return identifier;
    }

    public String name() {
        return name;
    }

    public Long institutionId() {
        return institutionId;
    }

    public boolean activated() {
        return activated;
    }

    public String notifyEmail() {
        return notifyEmail;
    }
}
