package lv.pietura.kpi;

import java.math.BigDecimal;

/**
 * Regulation 402, point 3.1: a service not offered as an e-service should become one when in a year it had more
 * than {@code moreCasesThan} cases (5 000 in the regulation), or at least {@code sharePercent} per cent (10) of
 * its holder's cases. The thresholds are configuration ({@code pietura.kpi.eservice-candidates.*}).
 */
record EServiceCandidates(long moreCasesThan, long sharePercent) {

    /** Whether a service with {@code received} of its holder's {@code holderTotal} cases in a year is one. */
    boolean candidate(long received, long holderTotal, boolean eService) {
        return !eService && (byCount(received) || byShare(received, holderTotal));
    }

    boolean byCount(long received) {
        return received > moreCasesThan;
    }

    boolean byShare(long received, long holderTotal) {
        // exact: received / total >= share / 100
        return holderTotal > 0 && received * 100 >= sharePercent * holderTotal;
    }

    /** The service's share of its holder's cases in per cent, one decimal; {@code null} without any. */
    static BigDecimal share(long received, long holderTotal) {
        return Dashboards.percent(received, holderTotal);
    }
}
