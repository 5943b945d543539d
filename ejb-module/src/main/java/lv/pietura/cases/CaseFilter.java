package lv.pietura.cases;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Filters of a worklist; {@code null} leaves a filter out.
 *
 * @param text      part of the case number, the client's name or code
 * @param centreId  the centre the case was registered in
 */
public record CaseFilter(
        CaseList list,
        String text,
        Long centreId,
        String serviceCode,
        CaseState state,
        CaseType type,
        LocalDate registeredFrom,
        LocalDate registeredTo)
        implements Serializable {

    public static CaseFilter of(CaseList list) {
        return new CaseFilter(list, null, null, null, null, null, null, null);
    }

    public CaseFilter withText(String newText) {
        return new CaseFilter(list, newText, centreId, serviceCode, state, type, registeredFrom, registeredTo);
    }
}
