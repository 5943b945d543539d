package lv.pietura.kpi;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;

/** Builds each day it is given, in the chunk's transaction: a day is there whole or not at all. */
@Dependent
@Named("kpiDayWriter")
public class DayWriter extends AbstractItemWriter {

    @Inject
    DailyFigures figures;

    @Override
    public void writeItems(List<Object> days) {
        for (Object day : days) {
            figures.build((LocalDate) day);
        }
    }
}
