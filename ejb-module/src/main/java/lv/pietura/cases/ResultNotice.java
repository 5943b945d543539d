package lv.pietura.cases;

import lv.pietura.shared.DocumentTexts;

/**
 * The notice of a closed case's result (Regulation 402), as the client receives it: the fact (case, service, holder)
 * and the result or the refusal with its reasons, in Latvian. The message to the client's e-address says it, and a
 * sealed result carries it beside the result's documents.
 */
public record ResultNotice(String subject, String body) {

    /** The file name of the notice inside a sealed result. */
    public static final String FILE_NAME = "pazinojums.txt";

    public static ResultNotice of(ServiceCase c) {
        boolean refused = c.state() == CaseState.REFUSED;
        String result =
                c.result().map(r -> r.name().lv()).orElse(refused ? DocumentTexts.latvian("result.refused") : "");
        String service = c.serviceVersion().name().lv();
        return new ResultNotice(
                DocumentTexts.latvian(refused ? "result.subject.refused" : "result.subject.completed", service),
                DocumentTexts.latvian(
                        "result.body",
                        c.number(),
                        service,
                        result,
                        c.resultNote() == null ? "" : "\n\n" + c.resultNote(),
                        c.handlingInstitution().name().lv()));
    }

    /** The notice as one text: the subject, a blank line, the body. */
    public String text() {
        return subject + "\n\n" + body;
    }
}
