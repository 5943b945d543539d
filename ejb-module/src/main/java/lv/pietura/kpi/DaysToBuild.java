package lv.pietura.kpi;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import lv.pietura.shared.Clocks;

/**
 * The days the nightly job builds, one item each: from {@code from} (by default the day after the last one
 * built, or the first day with a case) to {@code to} (by default yesterday, in Riga). The checkpoint is
 * the next day, so a restarted job goes on where it stopped.
 */
@Dependent
@Named("kpiDaysToBuild")
public class DaysToBuild extends AbstractItemReader {

    @Inject
    @BatchProperty
    String from;

    @Inject
    @BatchProperty
    String to;

    @Inject
    DailyFigures figures;

    @Inject
    Clock clock;

    private LocalDate next;
    private LocalDate last;

    @Override
    public void open(Serializable checkpoint) {
        LocalDate yesterday = LocalDate.now(clock.withZone(Clocks.RIGA)).minusDays(1);
        last = blank(to) ? yesterday : LocalDate.parse(to);
        if (checkpoint != null) {
            next = (LocalDate) checkpoint;
        } else if (!blank(from)) {
            next = LocalDate.parse(from);
        } else {
            next = figures.lastBuilt(last)
                    .map(d -> d.plusDays(1))
                    .or(figures::firstCaseDay)
                    .orElse(yesterday);
        }
    }

    @Override
    public Object readItem() {
        if (next.isAfter(last)) {
            return null;
        }
        LocalDate day = next;
        next = next.plusDays(1);
        return day;
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
