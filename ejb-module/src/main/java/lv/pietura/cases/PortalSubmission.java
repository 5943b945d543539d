package lv.pietura.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * An e-service portal's submission under its idempotency key: the same key again answers with the
 * same case instead of registering a second one. The hash of the request tells a retry from a
 * different request that reuses a key.
 */
@Entity
@Immutable
@Table(name = "portal_submission")
public class PortalSubmission {

    public static final int KEY_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_submission_seq")
    @SequenceGenerator(name = "portal_submission_seq", sequenceName = "portal_submission_seq", allocationSize = 50)
    private Long id;

    @Column(name = "portal_institution_id", nullable = false)
    private Long portalInstitutionId;

    @Column(name = "idempotency_key", nullable = false, length = KEY_MAX)
    private String key;

    @Column(name = "request_hash", nullable = false, length = 64)
    private String requestHash;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PortalSubmission() {}

    PortalSubmission(long portalInstitutionId, String key, String requestHash, long caseId, Instant createdAt) {
        this.portalInstitutionId = portalInstitutionId;
        this.key = key;
        this.requestHash = requestHash;
        this.caseId = caseId;
        this.createdAt = createdAt;
    }

    public String requestHash() {
        return requestHash;
    }

    public Long caseId() {
        return caseId;
    }
}
