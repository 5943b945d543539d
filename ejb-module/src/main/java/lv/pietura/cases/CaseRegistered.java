package lv.pietura.cases;

/**
 * Fired when a case is registered, for whoever must tell the client (the e-address sends the fact of the
 * service to the client's official address). Observers that send anything should observe after the
 * transaction's success.
 */
public record CaseRegistered(long caseId, String number, CaseType type, ClientKind clientKind, String clientCode) {}
