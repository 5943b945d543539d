package lv.pietura.organisation;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

/**
 * An institution's agreement to use the shared system (rollout step "sign agreements on using the
 * system"). Its staff may sign in only on days an agreement covers. Part of the {@link Institution}
 * aggregate: created and ended only through it.
 */
@Entity
@Table(name = "agreement")
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
public class Agreement {

    public static final int NUMBER_MAX = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agreement_seq")
    @SequenceGenerator(name = "agreement_seq", sequenceName = "agreement_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "institution_id")
    private Institution institution;

    @Column(name = "agreement_number", nullable = false, length = NUMBER_MAX)
    private String number;

    @Column(name = "signed_on", nullable = false)
    private LocalDate signedOn;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    /** Last day of validity, inclusive; {@code null} while the agreement is open-ended. */
    @Column(name = "valid_to")
    private LocalDate validTo;

    protected Agreement() {}

    Agreement(Institution institution, String number, LocalDate signedOn, LocalDate validFrom, LocalDate validTo) {
        this.institution = institution;
        this.number = number;
        this.signedOn = signedOn;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    boolean overlaps(LocalDate from, LocalDate to) {
        boolean startsBeforeOtherEnds = to == null || !validFrom.isAfter(to);
        boolean endsAfterOtherStarts = validTo == null || !validTo.isBefore(from);
        return startsBeforeOtherEnds && endsAfterOtherStarts;
    }

    void endOn(LocalDate lastDay) {
        this.validTo = lastDay;
    }

    public Long id() {
        return id;
    }

    public Institution institution() {
        return institution;
    }

    public String number() {
        return number;
    }

    public LocalDate signedOn() {
        return signedOn;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }
}
