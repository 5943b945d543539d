package lv.pietura.files;

import java.io.Serializable;
import java.time.Instant;

/** What a page shows beside a signed file: the overall result, why, who signed, when, in which format. */
public record SignatureSummary(
        SignatureCheck.Result result,
        String subIndication,
        String signedBy,
        Instant signingTime,
        String format,
        int signatures)
        implements Serializable {

    public boolean valid() {
        return result == SignatureCheck.Result.TOTAL_PASSED;
    }
}
