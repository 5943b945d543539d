package lv.pietura.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class SpreadTest {

    private static Spread.Count times(long value, long times) {
        return new Spread.Count(value, times);
    }

    @Test
    void nothingCountedHasNoMedian() {
        assertThat(Spread.median(List.of())).isNull();
        assertThat(Spread.median(List.of(times(4, 0)))).isNull();
    }

    @Test
    void anOddNumberOfValuesHasTheMiddleOneAsItsMedian() {
        assertThat(Spread.median(List.of(times(9, 1), times(2, 3), times(5, 1))))
                .as("2 2 2 5 9")
                .isEqualByComparingTo("2.0");
    }

    @Test
    void anEvenNumberHasTheValueHalfwayBetweenTheTwoMiddleOnes() {
        assertThat(Spread.median(List.of(times(3, 2), times(8, 2))))
                .as("3 3 8 8")
                .isEqualByComparingTo("5.5");
    }

    @Test
    void theDaysSpreadsSummedGiveThePeriodsMedianWhichTheDaysMediansDoNot() {
        // day 1: 1 1 1 (median 1); day 2: 10 10 (median 10); the period: 1 1 1 10 10 (median 1)
        List<Spread.Count> period = List.of(times(1, 3), times(10, 2));
        assertThat(Spread.median(period)).isEqualByComparingTo("1.0");
    }

    @Test
    void givesWhatTheDatabasesContinuousPercentileGivesOverTheValuesWrittenOut() {
        Random random = new Random(20261204);
        for (int round = 0; round < 500; round++) {
            List<Spread.Count> counts = new ArrayList<>();
            List<Long> values = new ArrayList<>();
            for (int i = random.nextInt(6) + 1; i > 0; i--) {
                long value = random.nextInt(3000);
                long times = random.nextInt(5);
                counts.add(times(value, times));
                LongStream.range(0, times).forEach(t -> values.add(value));
            }
            assertThat(Spread.median(counts)).as(values.toString()).isEqualTo(percentileCont(values));
        }
    }

    /** {@code percentile_cont(0.5)} as the SQL standard defines it, over the values themselves. */
    private static BigDecimal percentileCont(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        double position = 0.5 * (sorted.size() - 1);
        long below = sorted.get((int) Math.floor(position));
        long above = sorted.get((int) Math.ceil(position));
        return BigDecimal.valueOf(below + (above - below) * (position - Math.floor(position)))
                .setScale(1, RoundingMode.HALF_UP);
    }
}
