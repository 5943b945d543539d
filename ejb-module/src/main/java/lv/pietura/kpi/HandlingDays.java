package lv.pietura.kpi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/**
 * How many of one day's closed cases of one holder, centre, service, channel and case type took a given
 * number of working days: the spread a period's median is read from ({@link Spread}). The dimensions are
 * named as in {@link CaseDayFigures}, so the dashboards' conditions read both. Written only by
 * {@link DailyFigures}, in SQL.
 */
@Entity
@Table(name = "kpi_case_day_handling")
@Immutable
public class HandlingDays {

    @Id
    private Long id;

    @Column(name = "kpi_day")
    private LocalDate kpiDay;

    @Column(name = "handling_institution_id")
    private long institutionId;

    @Column(name = "centre_id")
    private Long centreId;

    @Column(name = "service_id")
    private long serviceId;

    @Column(name = "channel")
    private String channel;

    @Column(name = "case_type")
    private String caseType;

    @Column(name = "working_days")
    private int workingDays;

    private int cases;

    protected HandlingDays() {}
}
