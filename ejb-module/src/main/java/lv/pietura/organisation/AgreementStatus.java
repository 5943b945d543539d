package lv.pietura.organisation;

import java.time.LocalDate;

/** Where an agreement stands on a given day. */
public enum AgreementStatus {
    FUTURE,
    VALID,
    /** Valid, but ends within {@link #EXPIRY_WARNING_DAYS} days. */
    EXPIRING,
    ENDED;

    public static final int EXPIRY_WARNING_DAYS = 60;

    static AgreementStatus of(Agreement agreement, LocalDate today) {
        if (today.isBefore(agreement.validFrom())) {
            return FUTURE;
        }
        if (agreement.validTo() != null && today.isAfter(agreement.validTo())) {
            return ENDED;
        }
        if (agreement.validTo() != null && !today.plusDays(EXPIRY_WARNING_DAYS).isBefore(agreement.validTo())) {
            return EXPIRING;
        }
        return VALID;
    }
}
