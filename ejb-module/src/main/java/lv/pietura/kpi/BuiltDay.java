package lv.pietura.kpi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A day whose figures are built, when, and how many rows it has; written by {@link DailyFigures}. */
@Entity
@Table(name = "kpi_day_built")
public class BuiltDay {

    @Id
    @Column(name = "kpi_day")
    private LocalDate kpiDay;

    @Column(name = "built_at", nullable = false)
    private Instant builtAt;

    @Column(name = "rows_written", nullable = false)
    private int rowsWritten;

    protected BuiltDay() {}

    public LocalDate kpiDay() {
        return kpiDay;
    }

    public Instant builtAt() {
        return builtAt;
    }

    public int rowsWritten() {
        return rowsWritten;
    }
}
