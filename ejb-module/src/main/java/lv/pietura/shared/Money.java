package lv.pietura.shared;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/** An amount in euro, kept in whole cents. Shown the Latvian way: 12,50 €. */
public record Money(long cents) implements Serializable, Comparable<Money> {

    public static final Money ZERO = new Money(0);
    private static final Locale LATVIAN = Locale.forLanguageTag("lv-LV");

    /** @throws ArithmeticException when the amount has more than two decimals */
    public static Money euro(BigDecimal amount) {
        return new Money(
                amount.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact());
    }

    public BigDecimal euro() {
        return BigDecimal.valueOf(cents, 2);
    }

    public boolean isFree() {
        return cents == 0;
    }

    public boolean isNegative() {
        return cents < 0;
    }

    /** 1 234,50 € */
    public String formatted() {
        NumberFormat format = NumberFormat.getNumberInstance(LATVIAN);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(euro()).replace('\u00a0', ' ') + " €";
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(cents, other.cents);
    }

    @Override
    public String toString() {
        return formatted();
    }
}
