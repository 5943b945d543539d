package lv.pietura.files;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * What the validation of a signed file found (a signed PDF, an ASiC-E/-S container): kept once per content beside
 * the file, written by {@link Signatures}. The overall result is the weakest signature's.
 */
@Entity
@Table(name = "file_signature_check")
public class SignatureCheck {

    static final int SIGNED_BY_MAX = 1000;
    static final int PROBLEMS_MAX = 4000;
    static final int REPORT_MAX = 200_000;

    /** The overall result, in the ETSI EN 319 102-1 terms DSS gives. */
    public enum Result {
        TOTAL_PASSED,
        INDETERMINATE,
        TOTAL_FAILED
    }

    @Id
    @Column(length = 64)
    private String sha256;

    @Column(name = "checked_at", nullable = false)
    private Instant checkedAt;

    @Column(name = "signatures", nullable = false)
    private int signatures;

    @Column(name = "indication", nullable = false, length = 30)
    private String indication;

    @Column(name = "sub_indication", length = 60)
    private String subIndication;

    @Column(name = "signed_by", length = SIGNED_BY_MAX)
    private String signedBy;

    @Column(name = "signing_time")
    private Instant signingTime;

    @Column(name = "signature_format", length = 60)
    private String signatureFormat;

    @Column(name = "problems", length = PROBLEMS_MAX)
    private String problems;

    @Column(name = "report", nullable = false, length = REPORT_MAX)
    private String report;

    protected SignatureCheck() {}

    SignatureCheck(
            String sha256,
            Instant checkedAt,
            int signatures,
            Result result,
            String subIndication,
            String signedBy,
            Instant signingTime,
            String signatureFormat,
            String problems,
            String report) {
        this.sha256 = sha256;
        this.checkedAt = checkedAt;
        this.signatures = signatures;
        this.indication = result.name();
        this.subIndication = subIndication;
        this.signedBy = cut(signedBy, SIGNED_BY_MAX);
        this.signingTime = signingTime;
        this.signatureFormat = signatureFormat;
        this.problems = cut(problems, PROBLEMS_MAX);
        this.report = cut(report, REPORT_MAX);
    }

    public SignatureSummary summary() {
        return new SignatureSummary(result(), subIndication, signedBy, signingTime, signatureFormat, signatures);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public String sha256() {
        return sha256;
    }

    public Instant checkedAt() {
        return checkedAt;
    }

    public int signatures() {
        return signatures;
    }

    public Result result() {
        return Result.valueOf(indication);
    }

    public String subIndication() {
        return subIndication;
    }

    public String signedBy() {
        return signedBy;
    }

    public Instant signingTime() {
        return signingTime;
    }

    public String signatureFormat() {
        return signatureFormat;
    }

    public String problems() {
        return problems;
    }

    public String report() {
        return report;
    }
}
