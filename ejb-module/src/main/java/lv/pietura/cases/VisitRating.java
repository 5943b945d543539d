package lv.pietura.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import lv.pietura.organisation.Centre;
import lv.pietura.organisation.StaffAccount;
import lv.pietura.shared.Checks;
import lv.pietura.shared.RuleViolation;

/**
 * The client's rating of a visit to a centre, asked right after it on the kiosk screen: 1 to 5 and an optional
 * comment, tied to the case the visit was for, the centre and the consultant who served. Rated once, within
 * {@link #OPEN_FOR} of being asked.
 */
@Entity
@Table(name = "visit_rating")
public class VisitRating {

    public static final Duration OPEN_FOR = Duration.ofMinutes(30);
    static final int COMMENT_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private ServiceCase serviceCase;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "centre_id")
    private Centre centre;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "staff_id")
    private StaffAccount staff;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "rating")
    private Integer rating;

    @Column(name = "comment", length = COMMENT_MAX)
    private String comment;

    @Column(name = "rated_at")
    private Instant ratedAt;

    @Column(name = "rated_on")
    private LocalDate ratedOn;

    protected VisitRating() {}

    VisitRating(ServiceCase serviceCase, Centre centre, StaffAccount staff, String tokenHash, Instant requestedAt) {
        this.serviceCase = serviceCase;
        this.centre = centre;
        this.staff = staff;
        this.tokenHash = tokenHash;
        this.requestedAt = requestedAt;
    }

    /** Whether the client can still rate: not yet rated, and asked less than {@link #OPEN_FOR} ago. */
    public boolean open(Instant now) {
        return rating == null && now.isBefore(requestedAt.plus(OPEN_FOR));
    }

    /**
     * The client's rating.
     *
     * @throws RuleViolation for a rating outside 1 to 5 or a comment too long
     */
    void rate(Integer stars, String text, Instant at, LocalDate today) {
        new Checks()
                .that(stars != null && stars >= 1 && stars <= 5, "rating", "case.rating.range")
                .optionalText("comment", text, COMMENT_MAX)
                .throwIfAny();
        this.rating = stars;
        this.comment = Checks.clean(text);
        this.ratedAt = at;
        this.ratedOn = today;
    }

    /** The same visit asked again (a new token; what the old one opened is closed). */
    void askAgain(String newTokenHash, Instant at) {
        this.tokenHash = newTokenHash;
        this.requestedAt = at;
    }

    public Long id() {
        return id;
    }

    public ServiceCase serviceCase() {
        return serviceCase;
    }

    public Centre centre() {
        return centre;
    }

    public StaffAccount staff() {
        return staff;
    }

    public Integer rating() {
        return rating;
    }

    public String comment() {
        return comment;
    }

    public Instant ratedAt() {
        return ratedAt;
    }
}
