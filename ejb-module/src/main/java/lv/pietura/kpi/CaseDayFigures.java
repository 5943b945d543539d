package lv.pietura.kpi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One row the nightly job wrote: a day's figures of one holder, centre, service, channel and case type.
 * Read-only here: only {@link DailyFigures} writes the table, in SQL.
 */
@Entity
@Table(name = "kpi_case_day")
@org.hibernate.annotations.Immutable
public class CaseDayFigures {

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

    private int received;
    private int completed;
    private int refused;

    @Column(name = "closed_on_time")
    private int closedOnTime;

    @Column(name = "closed_within_norm")
    private int closedWithinNorm;

    @Column(name = "open_at_end")
    private int openAtEnd;

    @Column(name = "overdue_at_end")
    private int overdueAtEnd;

    private int suspensions;
    private int extensions;
    private int forwards;
    private int rated;

    @Column(name = "rating_sum")
    private int ratingSum;

    @Column(name = "rating_1")
    private int rating1;

    @Column(name = "rating_2")
    private int rating2;

    @Column(name = "rating_3")
    private int rating3;

    @Column(name = "rating_4")
    private int rating4;

    @Column(name = "rating_5")
    private int rating5;

    @Column(name = "handling_days_median", precision = 8, scale = 1)
    private BigDecimal handlingDaysMedian;

    @Column(name = "handling_days_p90", precision = 8, scale = 1)
    private BigDecimal handlingDaysP90;

    @Column(name = "fees_due_cents")
    private long feesDueCents;

    @Column(name = "fees_paid_cents")
    private long feesPaidCents;

    @Column(name = "fees_exempt_cents")
    private long feesExemptCents;

    @Column(name = "fees_refunded_cents")
    private long feesRefundedCents;

    protected CaseDayFigures() {}
}
