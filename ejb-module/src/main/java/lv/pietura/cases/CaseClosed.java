package lv.pietura.cases;

/**
 * Fired when a case is completed or refused, for whoever must act on a result (the e-address sends it
 * to the client). Observers that send anything should observe after the transaction's success.
 */
public record CaseClosed(long caseId, String number, CaseState state, String resultType, boolean sentToEAddress) {

    static CaseClosed of(ServiceCase c) {
        return new CaseClosed(
                c.id(),
                c.number(),
                c.state(),
                c.resultTypeCode(),
                c.result().map(r -> r.sentToEAddress()).orElse(c.state() == CaseState.REFUSED));
    }
}
