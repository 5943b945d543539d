package lv.pietura.catalogue;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.io.Serializable;
import lv.pietura.shared.LocalizedText;
import lv.pietura.shared.Money;

/** An item of the service's price list. A free service has none, or items of 0,00 €. */
@Embeddable
public class Fee implements Serializable {

    private static final long serialVersionUID = 1L;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "lv", column = @Column(name = "description_lv", nullable = false, length = 300)),
        @AttributeOverride(name = "en", column = @Column(name = "description_en", length = 300))
    })
    private LocalizedText description;

    @Column(name = "amount_cents", nullable = false)
    private long amountCents;

    @Column(name = "legal_basis", length = 500)
    private String legalBasis;

    protected Fee() {}

    Fee(LocalizedText description, Money amount, String legalBasis) {
        this.description = description;
        this.amountCents = amount.cents();
        this.legalBasis = legalBasis;
    }

    public LocalizedText description() {
        return description;
    }

    public Money amount() {
        return new Money(amountCents);
    }

    public String legalBasis() {
        return legalBasis;
    }
}
