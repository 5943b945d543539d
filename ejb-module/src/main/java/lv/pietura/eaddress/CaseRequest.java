package lv.pietura.eaddress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A request to the client of a case ("ask the client"): the message to the client's e-address that carried it, or,
 * when the client has no activated e-address, a flag that another channel must.
 */
@Entity
@Table(name = "eaddress_case_request")
public class CaseRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "eaddress_case_request_seq")
    @SequenceGenerator(
            name = "eaddress_case_request_seq",
            sequenceName = "eaddress_case_request_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "message_id", length = 36)
    private String messageId;

    @Column(name = "other_channel", nullable = false)
    private boolean otherChannel;

    @Column(name = "asked_at", nullable = false)
    private Instant askedAt;

    protected CaseRequest() {}

    private CaseRequest(long caseId, String messageId, boolean otherChannel, Instant askedAt) {
        this.caseId = caseId;
        this.messageId = messageId;
        this.otherChannel = otherChannel;
        this.askedAt = askedAt;
    }

    static CaseRequest sent(long caseId, String messageId, Instant at) {
        return new CaseRequest(caseId, messageId, false, at);
    }

    static CaseRequest forOtherChannel(long caseId, Instant at) {
        return new CaseRequest(caseId, null, true, at);
    }

    public String messageId() {
        return messageId;
    }

    public boolean otherChannel() {
        return otherChannel;
    }

    public Instant askedAt() {
        return askedAt;
    }
}
