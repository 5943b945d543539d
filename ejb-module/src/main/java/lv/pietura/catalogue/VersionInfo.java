package lv.pietura.catalogue;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A line of a service's version history: who made and who published each version, and when. */
public record VersionInfo(
        int number,
        VersionState state,
        LocalDate validFrom,
        boolean inForce,
        String createdBy,
        Instant createdAt,
        String changedBy,
        Instant changedAt,
        String publishedBy,
        Instant publishedAt)
        implements Serializable {

    static VersionInfo of(ServiceVersion v, boolean inForce) {
        return new VersionInfo(
                v.number(),
                v.state(),
                v.validFrom(),
                inForce,
                v.createdBy(),
                v.createdAt(),
                v.changedBy(),
                v.changedAt(),
                v.publishedBy(),
                v.publishedAt());
    }
}
