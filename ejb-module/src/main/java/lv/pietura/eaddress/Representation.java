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

/**
 * A person represents a company: while it lasts the person works the company's e-address (reads and answers its
 * mail, activates it, sets its alerts) as the company. It comes from the identity provider, whose claim at sign-in
 * names the companies the person may represent (and ends when a sign-in's claim no longer names the company), or from
 * a platform administrator who confirmed the person's request.
 */
@Entity
@Table(name = "eaddress_representation")
public class Representation {

    public enum Basis {
        /** The identity provider's claim at the person's sign-in. */
        IDENTITY_PROVIDER,
        /** A platform administrator confirmed the person's request. */
        CONFIRMED_REQUEST
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "eaddress_representation_seq")
    @SequenceGenerator(
            name = "eaddress_representation_seq",
            sequenceName = "eaddress_representation_seq",
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

    @Enumerated(EnumType.STRING)
    @Column(name = "basis", nullable = false, length = 20)
    private Basis basis;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "request_id")
    private CompanyRequest request;

    @Column(name = "since", nullable = false)
    private Instant since;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "ended_by", length = 64)
    private String endedBy;

    protected Representation() {}

    private Representation(EAddressAccount company, String personCode, String personName, Basis basis, Instant at) {
        if (company.kind() != AccountKind.COMPANY) {
            throw new IllegalArgumentException("A person represents a company only");
        }
        this.company = company;
        this.personCode = personCode;
        this.personName = personName;
        this.basis = basis;
        this.since = at;
    }

    /** The identity provider says {@code person} may represent {@code company}. */
    static Representation claimed(EAddressAccount company, EAddressAccount person, Instant at) {
        if (person.kind() != AccountKind.PERSON) {
            throw new IllegalArgumentException("Only a person represents a company");
        }
        return new Representation(company, person.identifier(), person.name(), Basis.IDENTITY_PROVIDER, at);
    }

    /** A platform administrator confirmed the person's {@code request}. */
    static Representation confirmed(CompanyRequest request, Instant at) {
        Representation r = new Representation(
                request.company(), request.personCode(), request.personName(), Basis.CONFIRMED_REQUEST, at);
        r.request = request;
        return r;
    }

    void end(String by, Instant at) {
        if (endedAt == null) {
            endedAt = at;
            endedBy = by;
        }
    }

    public boolean current() {
        return endedAt == null;
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

    public Basis basis() {
        return basis;
    }

    public Instant since() {
        return since;
    }

    public Instant endedAt() {
        return endedAt;
    }
}
