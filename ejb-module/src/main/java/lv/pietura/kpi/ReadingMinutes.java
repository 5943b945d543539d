package lv.pietura.kpi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/**
 * How many deliveries of the messages an institution sent on one day were read after a given number of
 * minutes: the spread a period's median is read from ({@link Spread}). Written only by {@link DailyFigures},
 * in SQL.
 */
@Entity
@Table(name = "kpi_message_day_reading")
@Immutable
public class ReadingMinutes {

    @Id
    private Long id;

    @Column(name = "kpi_day")
    private LocalDate kpiDay;

    @Column(name = "institution_id")
    private long institutionId;

    @Column(name = "minutes_to_read")
    private long minutesToRead;

    private int deliveries;

    protected ReadingMinutes() {}
}
