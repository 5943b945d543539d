package lv.pietura.organisation;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import lv.pietura.shared.Checks;
import lv.pietura.shared.LocalizedName;
import lv.pietura.shared.NotFound;
import lv.pietura.shared.RegistrationNumber;
import lv.pietura.shared.RuleViolation;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

/**
 * A state body, municipality or other body that uses the shared installation: the tenant whose
 * services, cases, staff and mailbox are its own.
 */
@Entity
@Table(name = "institution")
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
public class Institution {

    /** {@code _DEFAULT@90001733697}: a mailbox name, then the registration number. */
    private static final Pattern E_ADDRESS = Pattern.compile("^[A-Za-z0-9_.-]{1,50}@\\d{11}$");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "institution_seq")
    @SequenceGenerator(name = "institution_seq", sequenceName = "institution_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Embedded
    private LocalizedName name;

    /** The digits of a {@link RegistrationNumber} (a plain column, so lists can search it by prefix). */
    @Column(name = "registration_number", nullable = false, unique = true, length = 11)
    private String registrationNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InstitutionKind kind;

    /** Years its closed cases are kept (none: the platform's default); a service may set its own. */
    @Column(name = "retention_years")
    private Integer retentionYears;

    @Column(name = "e_address", nullable = false, length = 70)
    private String eAddress;

    /** The real institution this one is the training sandbox of; {@code null} for a real institution. */
    @Column(name = "training_of")
    private Long trainingOf;

    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @OneToMany(mappedBy = "institution", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("validFrom")
    private List<Agreement> agreements = new ArrayList<>();

    protected Institution() {}

    /**
     * @param eAddress the official electronic address; blank means the registration number's default
     */
    public Institution(
            LocalizedName name, RegistrationNumber registrationNumber, InstitutionKind kind, String eAddress) {
        describe(name, registrationNumber, kind, eAddress);
    }

    public final void describe(
            LocalizedName name, RegistrationNumber registrationNumber, InstitutionKind kind, String eAddress) {
        String address = Checks.clean(eAddress) == null ? registrationNumber.defaultEAddress() : eAddress.strip();
        new Checks()
                .present("kind", kind)
                .that(E_ADDRESS.matcher(address).matches(), "eAddress", "institution.eAddress.format", address)
                .that(
                        !E_ADDRESS.matcher(address).matches() || address.endsWith("@" + registrationNumber.value()),
                        "eAddress",
                        "institution.eAddress.otherNumber",
                        address)
                .throwIfAny();
        this.name = name;
        this.registrationNumber = registrationNumber.value();
        this.kind = kind;
        this.eAddress = address;
    }

    /**
     * The training sandbox of {@code real}: its name marked as training, its own registration number (made up, never a
     * real body's) and default e-address, and an agreement from {@code today} on so its trainees may work.
     */
    public static Institution trainingSandboxOf(Institution real, RegistrationNumber number, LocalDate today) {
        if (real.training()) {
            throw new IllegalArgumentException("A training institution has no sandbox of its own");
        }
        Institution sandbox = new Institution(
                LocalizedName.of(
                        marked(real.name.lv(), TRAINING_MARK_LV),
                        real.name.en() == null ? null : marked(real.name.en(), TRAINING_MARK_EN)),
                number,
                real.kind,
                null);
        sandbox.trainingOf = real.id();
        sandbox.conclude("MACIBAS-" + real.registrationNumber, today, today, null, today);
        return sandbox;
    }

    private static final String TRAINING_MARK_LV = " (mācību vide)";
    private static final String TRAINING_MARK_EN = " (training)";

    private static String marked(String name, String mark) {
        int room = LocalizedName.MAX_LENGTH - mark.length();
        return (name.length() > room ? name.substring(0, room) : name) + mark;
    }

    /** A training sandbox: nothing in it reaches a real address or counts in the figures. */
    public boolean training() {
        return trainingOf != null;
    }

    /** The real institution this sandbox trains for, or {@code null}. */
    public Long trainingOf() {
        return trainingOf;
    }

    /**
     * Records a signed agreement. Periods of one institution's agreements never overlap, and an
     * agreement is not dated as signed in the future.
     */
    public Agreement conclude(
            String number, LocalDate signedOn, LocalDate validFrom, LocalDate validTo, LocalDate today) {
        Checks checks = new Checks()
                .text("number", number, Agreement.NUMBER_MAX)
                .present("signedOn", signedOn)
                .present("validFrom", validFrom);
        checks.throwIfAny();
        String cleanNumber = number.strip();
        checks.that(!signedOn.isAfter(today), "signedOn", "agreement.signedInFuture")
                .that(validTo == null || !validTo.isBefore(validFrom), "validTo", "agreement.endsBeforeStart")
                .that(
                        agreements.stream().noneMatch(a -> a.number().equalsIgnoreCase(cleanNumber)),
                        "number",
                        "agreement.duplicateNumber",
                        cleanNumber);
        agreements.stream()
                .filter(a -> a.overlaps(validFrom, validTo))
                .findFirst()
                .ifPresent(a -> checks.fail("validFrom", "agreement.overlaps", a.number()));
        checks.throwIfAny();
        Agreement agreement = new Agreement(this, cleanNumber, signedOn, validFrom, validTo);
        agreements.add(agreement);
        return agreement;
    }

    /** Ends an agreement early (or sets the end of an open-ended one); {@code lastDay} is still covered. */
    public void endAgreement(long agreementId, LocalDate lastDay) {
        Agreement agreement = agreements.stream()
                .filter(a -> a.id() != null && a.id() == agreementId)
                .findFirst()
                .orElseThrow(() -> new NotFound("agreement", agreementId));
        if (lastDay == null) {
            throw RuleViolation.ofField("validTo", "required");
        }
        if (lastDay.isBefore(agreement.validFrom())) {
            throw RuleViolation.ofField("validTo", "agreement.endsBeforeStart");
        }
        if (agreement.validTo() != null && lastDay.isAfter(agreement.validTo())) {
            throw RuleViolation.ofField("validTo", "agreement.endOnlyEarlier");
        }
        agreement.endOn(lastDay);
    }

    /** Staff may sign in only while an agreement covers the day. */
    public boolean mayUseSystemOn(LocalDate day) {
        return agreements.stream().anyMatch(a -> a.covers(day));
    }

    public Optional<Agreement> agreementOn(LocalDate day) {
        return agreements.stream().filter(a -> a.covers(day)).findFirst();
    }

    public Long id() {
        return id;
    }

    public int version() {
        return version;
    }

    public LocalizedName name() {
        return name;
    }

    public RegistrationNumber registrationNumber() {
        return RegistrationNumber.of(registrationNumber);
    }

    public InstitutionKind kind() {
        return kind;
    }

    public String eAddress() {
        return eAddress;
    }

    public List<Agreement> agreements() {
        return Collections.unmodifiableList(agreements);
    }

    public Integer retentionYears() {
        return retentionYears;
    }

    /** Sets the default retention of its cases; {@code policy} has checked the period. */
    public void keepCasesFor(Integer years) {
        this.retentionYears = years;
    }
}
