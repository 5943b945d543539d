package lv.pietura.eaddress;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A message as its sender or a recipient sees it. {@code readAt} is the viewer's own reading (for a
 * recipient); the sender sees each recipient's delivery and read receipt.
 */
public record MessageView(String id, String senderAddress, String senderName, String sentBy, String subject, String body,
        Instant createdAt, LocalDate sentOn, LocalDate deemedDeliveredOn, Long caseId, String replyTo,
        List<FileView> files, List<RecipientView> recipients, boolean outgoing, Instant readAt, CaseLink filedUnder)
        implements Serializable {

    /** The service case a received message is filed under. */
    public record CaseLink(long id, String number) implements Serializable {
    }

    MessageView filedUnder(CaseLink link) {
        return new MessageView(id, senderAddress, senderName, sentBy, subject, body, createdAt, sentOn, deemedDeliveredOn,
                caseId, replyTo, files, recipients, outgoing, readAt, link);
    }

    public record FileView(String sha256, String name, long size, String mediaType) implements Serializable {
    }

    /**
     * @param alert        the e-mail alert to the holder, or {@code null} before delivery
     * @param alertFailure why the alert was not sent, or {@code null}
     */
    public record RecipientView(String address, String name, DeliveryStatus status, int attempts, String failure,
            Instant deliveredAt, Instant readAt, InboxEntry.AlertStatus alert, String alertFailure) implements Serializable {
    }

    static MessageView of(Message m, boolean outgoing, Instant readAt) {
        return of(m, outgoing, readAt, java.util.Map.of());
    }

    /** @param arrived the recipients' mailbox entries by account id, for the alert status */
    static MessageView of(Message m, boolean outgoing, Instant readAt, java.util.Map<Long, InboxEntry> arrived) {
        return new MessageView(m.id(), m.sender().displayAddress(), m.sender().name(), m.sentBy(), m.subject(), m.body(),
                m.createdAt(), m.sentOn(), m.deemedDeliveredOn(), m.caseId(), m.replyTo(),
                m.files().stream().map(f -> new FileView(f.sha256(), f.name(), f.size(), f.mediaType())).toList(),
                m.deliveries().stream().map(d -> {
                    InboxEntry entry = arrived.get(d.recipient().id());
                    return new RecipientView(d.recipient().displayAddress(), d.recipient().name(), d.status(), d.attempts(),
                            d.failure(), d.deliveredAt(), d.readAt(), entry == null ? null : entry.alertStatus(),
                            entry == null ? null : entry.alertFailure());
                }).toList(),
                outgoing, readAt, null);
    }
}
