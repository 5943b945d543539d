package lv.pietura.kpi;

import java.util.List;
import lv.pietura.cases.CaseType;
import lv.pietura.shared.Money;

/**
 * What the dashboards read from the daily figures, each query's row as a record whose components are named
 * as the figures are (a query selects {@code new} one of them). A sum over no day is {@code null}; {@link #n}
 * reads it as nothing.
 */
final class PeriodFigures {

    private PeriodFigures() {}

    /** {@code select new <row>(expressions)}: the query answers {@code row}s. */
    static String select(Class<? extends Record> row, String expressions) {
        return "select new " + row.getName() + "(" + expressions + ")";
    }

    static long n(Long value) {
        return value == null ? 0 : value;
    }

    /** The cases received of one type (the daily figures keep the type's name). */
    static String receivedOf(CaseType type) {
        return "sum(case when d.caseType = '" + type.name() + "' then d.received else 0 end)";
    }

    /** The received, then of them the consultations and the applications. */
    static final String RECEIVED_SPLIT =
            "sum(d.received), " + receivedOf(CaseType.CONSULTATION) + ", " + receivedOf(CaseType.APPLICATION);

    /** The sums of the daily case figures over a period. */
    record CaseSums(
            Long received,
            Long consultations,
            Long applications,
            Long completed,
            Long refused,
            Long closedOnTime,
            Long closedWithinNorm,
            Long suspensions,
            Long extensions,
            Long forwards,
            Long rated,
            Long ratingSum,
            Long rating1,
            Long rating2,
            Long rating3,
            Long rating4,
            Long rating5,
            Long feesDueCents,
            Long feesPaidCents,
            Long feesExemptCents,
            Long feesRefundedCents) {

        static final String SELECT = select(
                CaseSums.class,
                RECEIVED_SPLIT + ", sum(d.completed), sum(d.refused), sum(d.closedOnTime), sum(d.closedWithinNorm),"
                        + " sum(d.suspensions), sum(d.extensions), sum(d.forwards), sum(d.rated), sum(d.ratingSum),"
                        + " sum(d.rating1), sum(d.rating2), sum(d.rating3), sum(d.rating4), sum(d.rating5),"
                        + " sum(d.feesDueCents), sum(d.feesPaidCents), sum(d.feesExemptCents), sum(d.feesRefundedCents)");

        Dashboards.Totals totals(AtEnd end) {
            return new Dashboards.Totals(
                    n(received),
                    n(consultations),
                    n(applications),
                    n(completed),
                    n(refused),
                    n(closedOnTime),
                    n(closedWithinNorm),
                    n(end.open()),
                    n(end.overdue()),
                    n(suspensions),
                    n(extensions),
                    n(forwards),
                    n(rated),
                    n(ratingSum),
                    List.of(n(rating1), n(rating2), n(rating3), n(rating4), n(rating5)),
                    new Money(n(feesDueCents)),
                    new Money(n(feesPaidCents)),
                    new Money(n(feesExemptCents)),
                    new Money(n(feesRefundedCents)));
        }
    }

    /** The cases open and overdue at the end of a day. */
    record AtEnd(Long open, Long overdue) {

        static final String SELECT = select(AtEnd.class, "sum(d.openAtEnd), sum(d.overdueAtEnd)");
        static final AtEnd NONE = new AtEnd(0L, 0L);
    }

    /** The counts of one line of a breakdown, selected after its key. */
    static final String LINE_COUNTS =
            RECEIVED_SPLIT + ", sum(d.completed), sum(d.closedOnTime), sum(d.completed) + sum(d.refused)";

    /** A month's line. */
    record Month(
            Integer year,
            Integer month,
            Long received,
            Long consultations,
            Long applications,
            Long completed,
            Long onTime,
            Long closed) {

        static final String SELECT =
                select(Month.class, "extract(year from d.kpiDay), extract(month from d.kpiDay), " + LINE_COUNTS);

        Dashboards.Line line() {
            return new Dashboards.Line(
                    String.format("%04d-%02d", year, month),
                    null,
                    n(received),
                    n(consultations),
                    n(applications),
                    n(completed),
                    n(onTime),
                    n(closed));
        }
    }

    /** A channel's line. */
    record OfChannel(
            String channel,
            Long received,
            Long consultations,
            Long applications,
            Long completed,
            Long onTime,
            Long closed) {

        static final String SELECT = select(OfChannel.class, "d.channel, " + LINE_COUNTS);

        Dashboards.Line line() {
            return new Dashboards.Line(
                    channel, null, n(received), n(consultations), n(applications), n(completed), n(onTime), n(closed));
        }
    }

    /** A service's line, named once the service is read. */
    record OfService(
            Long serviceId,
            Long received,
            Long consultations,
            Long applications,
            Long completed,
            Long onTime,
            Long closed) {

        static final String SELECT = select(OfService.class, "d.serviceId, " + LINE_COUNTS);
    }

    /** The cases a holder received. */
    record OfHolder(Long institutionId, Long received) {

        static final String SELECT = select(OfHolder.class, "d.institutionId, sum(d.received)");
    }

    /** The cases of one service of a holder. */
    record OfHolderService(Long serviceId, Long institutionId, Long received) {

        static final String SELECT = select(OfHolderService.class, "d.serviceId, d.institutionId, sum(d.received)");
    }

    /** The sums of the daily e-address figures over a period. */
    record MessageSums(
            Long messages,
            Long deliveries,
            Long delivered,
            Long failed,
            Long read,
            Long resultsToEAddress,
            Long resultsOtherChannel) {

        static final String SELECT = select(
                MessageSums.class,
                "sum(m.messages), sum(m.deliveries), sum(m.delivered), sum(m.failed), sum(m.readCount),"
                        + " sum(m.resultsEAddress), sum(m.resultsOther)");
    }
}
