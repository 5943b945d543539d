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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
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

    @Column(name = "activated_at")
    private Instant activatedAt;

    /** An alert address given but not yet confirmed by the link mailed to it. */
    @Column(name = "alerts_pending_email", length = 200)
    private String alertsPendingEmail;

    /** SHA-256 of the confirmation link's token (the token itself is only in the mail). */
    @Column(name = "alerts_token_hash", length = 64)
    private String alertsTokenHash;

    @Column(name = "alerts_token_expires_at")
    private Instant alertsTokenExpiresAt;

    /**
     * The day the Enterprise Register closed the company (liquidated, excluded): from then on nobody writes to it
     * and it is not activated again. Set and cleared by the register import ({@link RegisterWriter}) only.
     */
    @Column(name = "closed_on")
    private LocalDate closedOn;

    /**
     * An account of a training sandbox (its institution's, or a made-up client's): it writes to and hears from
     * training accounts alone, so nothing a trainee sends reaches a real address.
     */
    @Column(name = "training", nullable = false)
    private boolean training;

    /** How long a confirmation link works. */
    static final Duration CONFIRMATION_VALID = Duration.ofHours(24);

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

    /** A training sandbox's account ({@link #ofInstitution}, but a training account). */
    public static EAddressAccount ofTrainingInstitution(
            long institutionId, RegistrationNumber number, String name, Instant now) {
        EAddressAccount account = ofInstitution(institutionId, number, name, now);
        account.training = true;
        return account;
    }

    /** A made-up client of the training sandboxes: an activated person's account that only training accounts reach. */
    public static EAddressAccount ofMadeUpPerson(String personalCode, String name, Instant now) {
        EAddressAccount account = ofPerson(personalCode, name, true, now);
        account.training = true;
        return account;
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
        if (recipient.closedOn != null) {
            throw RuleViolation.ofField("recipients", "eaddress.recipient.closed", recipient.displayAddress());
        }
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
        if (training && !recipient.training) {
            throw RuleViolation.ofField("recipients", "training.realAddress", recipient.displayAddress());
        }
        if (!training && recipient.training) {
            // a sandbox's account is not there for anyone else: answered as an address that is not there
            throw RuleViolation.ofField("recipients", "eaddress.recipient.unknown", recipient.displayAddress());
        }
    }

    /** Activated with an alert address already confirmed elsewhere (demo data, an institution's own account). */
    public void activate(String email) {
        String clean = Checks.clean(email);
        if (clean != null) {
            new Checks().email("notifyEmail", clean).throwIfAny();
        }
        this.activated = true;
        this.notifyEmail = clean;
    }

    /**
     * The holder activates their own e-address: from now on institutions can write to it. Only a person's or a
     * company's account is activated so; an institution's always is.
     */
    void activateByHolder(Instant now) {
        if (kind != AccountKind.PERSON && kind != AccountKind.COMPANY) {
            throw new IllegalStateException("Only a person's or a company's e-address is activated by its holder");
        }
        if (closedOn != null) {
            throw new RuleViolation("eaddress.company.closed", name);
        }
        if (activated) {
            throw new RuleViolation("eaddress.activation.already");
        }
        this.activated = true;
        this.activatedAt = now;
    }

    /**
     * The holder gives the address alerts should go to; it counts once the holder opens the link mailed to it.
     *
     * @return the link's token, to be mailed to {@code email} and nowhere else
     */
    String requestAlerts(String email, String token, Instant now) {
        String clean = Checks.clean(email);
        new Checks().present("alertEmail", clean).throwIfAny();
        new Checks().email("alertEmail", clean).throwIfAny();
        if (!activated) {
            throw new RuleViolation("eaddress.activation.first");
        }
        if (clean.equalsIgnoreCase(notifyEmail == null ? "" : notifyEmail)) {
            throw RuleViolation.ofField("alertEmail", "eaddress.alerts.sameAddress");
        }
        this.alertsPendingEmail = clean;
        this.alertsTokenHash = sha256(token);
        this.alertsTokenExpiresAt = now.plus(CONFIRMATION_VALID);
        return token;
    }

    /**
     * The holder opened the link: the pending address becomes the alert address. A link of another holder, one
     * already used, replaced by a newer one or older than {@link #CONFIRMATION_VALID} is refused, all alike.
     */
    void confirmAlerts(String token, Instant now) {
        if (!awaitsAlertsLink(token)) {
            throw new RuleViolation("eaddress.alerts.linkInvalid");
        }
        if (!now.isBefore(alertsTokenExpiresAt)) {
            throw new RuleViolation("eaddress.alerts.linkExpired");
        }
        this.notifyEmail = alertsPendingEmail;
        this.alertsPendingEmail = null;
        this.alertsTokenHash = null;
        this.alertsTokenExpiresAt = null;
    }

    /** Whether {@code token} is the link mailed for the alert address waiting to be confirmed. */
    boolean awaitsAlertsLink(String token) {
        return token != null
                && alertsTokenHash != null
                && MessageDigest.isEqual(
                        alertsTokenHash.getBytes(StandardCharsets.US_ASCII),
                        sha256(token).getBytes(StandardCharsets.US_ASCII));
    }

    /** No more alert e-mails (a pending confirmation is forgotten too). */
    void alertsOff() {
        this.notifyEmail = null;
        this.alertsPendingEmail = null;
        this.alertsTokenHash = null;
        this.alertsTokenExpiresAt = null;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The holder's password for the form sign-in (the demo); at least 12 characters. */
    public void choosePassword(char[] password) {
        if (password == null || password.length < 12) {
            throw RuleViolation.ofField("password", "password.tooShort", 12);
        }
        this.passwordHash = PasswordHash.of(password);
    }

    /**
     * Whether the holder may sign in with {@code password}: an account with that password, activated or not (a
     * holder signs in to activate it).
     */
    boolean signsInWith(char[] password) {
        if (passwordHash == null) {
            PasswordHash.verifyNothing(password);
            return false;
        }
        return PasswordHash.matches(password, passwordHash);
    }

    /** Nobody can write to it any more; what arrived stays readable to the holder. Alerts stop too. */
    public void deactivate() {
        if (!activated) {
            throw new RuleViolation("eaddress.activation.notActive");
        }
        this.activated = false;
        this.activatedAt = null;
        alertsOff();
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

    /** A name as the addressee search compares it: lower case, letters without their marks (ā as a). */
    static String searchable(String text) {
        String decomposed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (type != Character.NON_SPACING_MARK
                    && type != Character.ENCLOSING_MARK
                    && type != Character.COMBINING_SPACING_MARK) {
                folded.append(c);
            }
        }
        return folded.toString().toLowerCase(Locale.ROOT).strip();
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

    public boolean training() {
        return training;
    }

    public String notifyEmail() {
        return notifyEmail;
    }

    public String alertsPendingEmail() {
        return alertsPendingEmail;
    }

    public Instant activatedAt() {
        return activatedAt;
    }

    /** The day the Enterprise Register closed the company; null while it exists. */
    public LocalDate closedOn() {
        return closedOn;
    }
}
