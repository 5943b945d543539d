package lv.pietura.cases;

/**
 * A specialist asked the client of a case for more (the case waits): the e-address area observes it and sends the
 * request to the client's e-address, or records that another channel must carry it.
 */
public record ClientAsked(long caseId, String reason) {}
