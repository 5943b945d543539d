package lv.pietura.eaddress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import lv.pietura.shared.Checks;
import lv.pietura.shared.RuleViolation;

/**
 * A person's request to activate a company's e-address ({@code _DEFAULT@<registration number>}) as one entitled to
 * represent it, with the basis they state (a board member, a power of attorney). A platform administrator, who can
 * check the Enterprise Register, confirms it (the company's e-address is activated at once) or refuses it with the
 * reason. Decided once.
 */
@Entity
@Table(name = "eaddress_company_request")
public class CompanyRequest {

    static final int BASIS_MAX = 500;

    public enum Status {
        PENDING,
        CONFIRMED,
        REFUSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "eaddress_company_request_seq")
    @SequenceGenerator(
            name = "eaddress_company_request_seq",
            sequenceName = "eaddress_company_request_seq",
            allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_account_id")
    private EAddressAccount company;

    @Column(name = "person_code", nullable = false, length = 11)
    private String personCode;

    @Column(name = "person_name", nullable = false, length = 200)
    private String personName;

    @Column(name = "basis", nullable = false, length = BASIS_MAX)
    private String basis;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private Status status;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "refusal", length = BASIS_MAX)
    private String refusal;

    protected CompanyRequest() {}

    private CompanyRequest(EAddressAccount company, EAddressAccount person, String basis, Instant at) {
        this.company = company;
        this.personCode = person.identifier();
        this.personName = person.name();
        this.basis = basis;
        this.status = Status.PENDING;
        this.requestedAt = at;
    }

    /** {@code person} asks to activate {@code company}'s e-address, on the {@code basis} they state. */
    static CompanyRequest of(EAddressAccount company, EAddressAccount person, String basis, Instant at) {
        if (person.kind() != AccountKind.PERSON) {
            throw new IllegalArgumentException("Only a person represents a company");
        }
        String clean = Checks.clean(basis);
        new Checks().text("basis", clean, BASIS_MAX).throwIfAny();
        if (company.kind() != AccountKind.COMPANY) {
            throw RuleViolation.ofField("registrationNumber", "eaddress.company.unknown");
        }
        if (company.closedOn() != null) {
            throw RuleViolation.ofField("registrationNumber", "eaddress.company.closed", company.name());
        }
        if (company.activated()) {
            throw RuleViolation.ofField("registrationNumber", "eaddress.company.alreadyActive", company.name());
        }
        return new CompanyRequest(company, person, clean, at);
    }

    /** Confirmed: the company's e-address is activated from now on. */
    void confirm(String by, Instant at) {
        requirePending();
        if (!company.activated()) {
            company.activateByHolder(at);
        }
        status = Status.CONFIRMED;
        decidedAt = at;
        decidedBy = by;
    }

    void refuse(String reason, String by, Instant at) {
        requirePending();
        String clean = Checks.clean(reason);
        new Checks().text("refusal", clean, BASIS_MAX).throwIfAny();
        status = Status.REFUSED;
        refusal = clean;
        decidedAt = at;
        decidedBy = by;
    }

    private void requirePending() {
        if (status != Status.PENDING) {
            throw new RuleViolation("eaddress.company.decided");
        }
    }

    public Long id() {
        return id;
    }

    public EAddressAccount company() {
        return company;
    }

    public String personCode() {
        return personCode;
    }

    public String personName() {
        return personName;
    }

    public String basis() {
        return basis;
    }

    public Status status() {
        return status;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String refusal() {
        return refusal;
    }
}
