package lv.pietura.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import lv.pietura.shared.Money;

/**
 * One entry of an application's fee account: a payment (by cash, card or bank transfer with its reference), an
 * exemption with its legal reason, or a refund; who recorded it, where and when. Each is a receipt's content.
 */
@Embeddable
public class FeeEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What an entry is. */
    public enum Kind {
        PAYMENT,
        EXEMPTION,
        REFUND
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private Kind kind;

    /** {@code null} for an exemption. */
    @Enumerated(EnumType.STRING)
    @Column(name = "method", length = 20)
    private PaymentMethod method;

    @Column(name = "amount_cents", nullable = false)
    private long amountCents;

    /** A bank transfer's reference. */
    @Column(name = "reference", length = FEE_REFERENCE_MAX)
    private String reference;

    /** An exemption's legal reason, a refund's reason. */
    @Column(name = "reason", length = FEE_REASON_MAX)
    private String reason;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    /** The day in Riga, for the figures. */
    @Column(name = "recorded_on", nullable = false)
    private LocalDate recordedOn;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    /** The centre where it was recorded, {@code null} at the holder. */
    @Column(name = "centre_id")
    private Long centreId;

    static final int FEE_REFERENCE_MAX = 100;
    static final int FEE_REASON_MAX = 500;

    protected FeeEntry() {}

    /** The amount and when stay (they are figures); the payment's reference and the reasons written go. */
    void erase() {
        this.reference = null;
        this.reason = null;
    }

    FeeEntry(Kind kind, PaymentMethod method, long amountCents, String reference, String reason, CaseStep step) {
        this.kind = kind;
        this.method = method;
        this.amountCents = amountCents;
        this.reference = reference;
        this.reason = reason;
        this.recordedAt = step.at();
        this.recordedOn = step.today();
        this.recordedBy = step.actor().username();
        this.centreId = step.actor().centreId();
    }

    public Kind kind() {
        return kind;
    }

    public PaymentMethod method() {
        return method;
    }

    public Money amount() {
        return new Money(amountCents);
    }

    public String reference() {
        return reference;
    }

    public String reason() {
        return reason;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public LocalDate recordedOn() {
        return recordedOn;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Long centreId() {
        return centreId;
    }
}
