package lv.pietura.kpi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One row the nightly job wrote: an institution's e-address messages of one day of sending, and the
 * results of its cases closed that day. Read-only here: only {@link DailyFigures} writes the table.
 */
@Entity
@Table(name = "kpi_message_day")
@org.hibernate.annotations.Immutable
public class MessageDayFigures {

    @Id
    private Long id;

    @Column(name = "kpi_day")
    private LocalDate kpiDay;

    @Column(name = "institution_id")
    private long institutionId;

    private int messages;
    private int deliveries;
    private int delivered;
    private int failed;

    @Column(name = "read_count")
    private int readCount;

    @Column(name = "read_minutes_median", precision = 12, scale = 1)
    private BigDecimal readMinutesMedian;

    @Column(name = "results_eaddress")
    private int resultsEAddress;

    @Column(name = "results_other")
    private int resultsOther;

    protected MessageDayFigures() {}
}
