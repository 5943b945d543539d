package lv.pietura.cases;

import java.io.Serializable;
import java.time.LocalDate;
import lv.pietura.shared.LocalizedName;

/** What the client sees on the rating page: which service, where, and whether they may still rate. */
public record RatingRequest(
        String number,
        LocalizedName serviceName,
        LocalizedName institution,
        String centreName,
        LocalDate closedOn,
        RatingChannel channel)
        implements Serializable {}
