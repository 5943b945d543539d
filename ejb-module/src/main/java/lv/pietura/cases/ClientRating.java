package lv.pietura.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.Instant;
import lv.pietura.shared.Checks;
import lv.pietura.shared.RuleViolation;

/**
 * The client's rating of a closed case, and the one-time token that lets them give it (only its hash is
 * kept): a value, replaced as a whole on every change. A case nobody has offered a rating loads it as
 * {@code null}; {@link #NONE} stands for it.
 */
@Embeddable
public class ClientRating implements Serializable {

    private static final long serialVersionUID = 1L;

    static final ClientRating NONE = new ClientRating();

    @Column(name = "rating")
    private Integer score;

    @Column(name = "rating_comment", length = 1000)
    private String comment;

    @Enumerated(EnumType.STRING)
    @Column(name = "rating_channel", length = 10)
    private RatingChannel channel;

    @Column(name = "rated_at")
    private Instant ratedAt;

    @Column(name = "rating_token_hash", length = 64, unique = true)
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "rating_token_channel", length = 10)
    private RatingChannel tokenChannel;

    @Column(name = "rating_token_expires_at")
    private Instant tokenExpiresAt;

    protected ClientRating() {}

    private ClientRating(
            Integer score,
            String comment,
            RatingChannel channel,
            Instant ratedAt,
            String tokenHash,
            RatingChannel tokenChannel,
            Instant tokenExpiresAt) {
        this.score = score;
        this.comment = comment;
        this.channel = channel;
        this.ratedAt = ratedAt;
        this.tokenHash = tokenHash;
        this.tokenChannel = tokenChannel;
        this.tokenExpiresAt = tokenExpiresAt;
    }

    /** The same rating without the client's own words (its score and channel stay in the figures). */
    ClientRating erased() {
        return new ClientRating(score, null, channel, ratedAt, null, tokenChannel, null);
    }

    boolean given() {
        return score != null;
    }

    /** A new one-time token, replacing an unused one; refused once the client has rated. */
    ClientRating offered(String hash, RatingChannel where, Instant until) {
        if (given()) {
            throw new RuleViolation("case.rating.alreadyRated");
        }
        return new ClientRating(null, null, null, null, hash, where, until);
    }

    boolean open(Instant now) {
        return tokenHash != null && !given() && now.isBefore(tokenExpiresAt);
    }

    /** The client's 1 to 5 and an optional comment, through the open token, which is used up. */
    ClientRating rated(Integer value, String text, Instant at) {
        if (!open(at)) {
            throw new RuleViolation("case.rating.closed");
        }
        new Checks()
                .present("rating", value)
                .that(value == null || value >= 1 && value <= 5, "rating", "case.rating.range")
                .optionalText("comment", text, 1000)
                .throwIfAny();
        return new ClientRating(value, Checks.clean(text), tokenChannel, at, null, tokenChannel, null);
    }

    public Integer score() {
        return score;
    }

    public String comment() {
        return comment;
    }

    public RatingChannel channel() {
        return channel;
    }

    public Instant ratedAt() {
        return ratedAt;
    }

    public RatingChannel tokenChannel() {
        return tokenChannel;
    }
}
