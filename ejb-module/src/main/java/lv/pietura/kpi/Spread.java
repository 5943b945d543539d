package lv.pietura.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;

/**
 * How values were spread: how many times each occurred. A period's median is read from the days' spreads
 * summed, since it cannot be summed from the days' medians. The median is the continuous one the database's
 * {@code percentile_cont(0.5)} gives: the middle value, or halfway between the two middle ones.
 */
final class Spread {

    private Spread() {}

    /** A value and how many times it occurred (a query selects {@code new} one, summed per value). */
    record Count(Number value, Number times) {

        long v() {
            return value.longValue();
        }

        long n() {
            return times == null ? 0 : times.longValue();
        }
    }

    /** The median of the values counted, to one decimal; {@code null} when nothing was counted. */
    static BigDecimal median(List<Count> counts) {
        List<Count> sorted = counts.stream()
                .filter(c -> c.n() > 0)
                .sorted(Comparator.comparingLong(Count::v))
                .toList();
        long total = sorted.stream().mapToLong(Count::n).sum();
        if (total == 0) {
            return null;
        }
        long lower = valueAt(sorted, (total - 1) / 2);
        long upper = valueAt(sorted, total / 2);
        return BigDecimal.valueOf(lower + upper).divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP);
    }

    /** The value at {@code index} (from 0) of the values written out in order. */
    private static long valueAt(List<Count> sorted, long index) {
        long seen = 0;
        for (Count c : sorted) {
            seen += c.n();
            if (index < seen) {
                return c.v();
            }
        }
        throw new IllegalArgumentException("index " + index + " past " + seen);
    }
}
