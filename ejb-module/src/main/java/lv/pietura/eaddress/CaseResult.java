package lv.pietura.eaddress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * What became of a closed case's result (Regulation 402): a message to the client's e-address, or, when
 * the client has no activated one, a flag that another channel must deliver it.
 */
@Entity
@Table(name = "eaddress_case_result")
public class CaseResult {

    @Id
    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "message_id", length = 36)
    private String messageId;

    @Column(name = "other_channel", nullable = false)
    private boolean otherChannel;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected CaseResult() {}

    private CaseResult(long caseId, String messageId, boolean otherChannel, Instant recordedAt) {
        this.caseId = caseId;
        this.messageId = messageId;
        this.otherChannel = otherChannel;
        this.recordedAt = recordedAt;
    }

    static CaseResult sent(long caseId, String messageId, Instant at) {
        return new CaseResult(caseId, messageId, false, at);
    }

    static CaseResult forOtherChannel(long caseId, Instant at) {
        return new CaseResult(caseId, null, true, at);
    }

    public Long caseId() {
        return caseId;
    }

    public String messageId() {
        return messageId;
    }

    public boolean otherChannel() {
        return otherChannel;
    }
}
