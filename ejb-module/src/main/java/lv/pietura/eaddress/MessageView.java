package lv.pietura.eaddress;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import lv.pietura.files.SignatureSummary;

/**
 * A message as its sender or a recipient sees it. {@code readAt} is the viewer's own reading (for a
 * recipient). The sender reads the recipients' deliveries and read receipts page by page
 * ({@link Mailboxes#recipients}) with their {@link Progress}; a recipient never sees who else received it.
 */
public record MessageView(
        String id,
        String senderAddress,
        String senderName,
        String sentBy,
        String subject,
        String body,
        Instant createdAt,
        LocalDate sentOn,
        LocalDate deemedDeliveredOn,
        Long caseId,
        String replyTo,
        List<FileView> files,
        boolean outgoing,
        Instant readAt,
        CaseLink filedUnder)
        implements Serializable {

    /** The subject an answer to this message gets ({@link Message#replySubject}). */
    public String replySubject() {
        return Message.replySubject(subject);
    }

    /** The service case a received message is filed under. */
    public record CaseLink(long id, String number) implements Serializable {}

    MessageView filedUnder(CaseLink link) {
        return new MessageView(
                id,
                senderAddress,
                senderName,
                sentBy,
                subject,
                body,
                createdAt,
                sentOn,
                deemedDeliveredOn,
                caseId,
                replyTo,
                files,
                outgoing,
                readAt,
                link);
    }

    /** A file of the message and, when it was signed, what the check of its signatures found. */
    public record FileView(String fileId, String name, long size, String mediaType, SignatureSummary signature)
            implements Serializable {}

    /**
     * One recipient as the sender sees it.
     *
     * @param alert        the e-mail alert to the holder, or {@code null} before delivery
     * @param alertFailure why the alert was not sent, or {@code null}
     */
    public record RecipientView(
            String address,
            String name,
            DeliveryStatus status,
            int attempts,
            String failure,
            Instant deliveredAt,
            Instant readAt,
            InboxEntry.AlertStatus alert,
            String alertFailure)
            implements Serializable {}

    /**
     * How far the delivery of a message has come: every recipient is waiting (created or being sent),
     * delivered or failed; {@code read} of the delivered have opened it.
     */
    public record Progress(long total, long waiting, long delivered, long failed, long read) implements Serializable {

        public boolean finished() {
            return waiting == 0;
        }

        /** Whole per cent of the recipients whose delivery has ended, delivered or failed. */
        public int percent() {
            return total == 0 ? 100 : (int) ((delivered + failed) * 100 / total);
        }
    }

    /** The files' hashes, to look their signature checks up by. */
    static List<String> hashes(Message m) {
        return m.files().stream().map(MessageFile::sha256).toList();
    }

    static MessageView of(Message m, boolean outgoing, Instant readAt, Map<String, SignatureSummary> signatures) {
        return new MessageView(
                m.id(),
                m.sender().displayAddress(),
                m.sender().name(),
                m.sentBy(),
                m.subject(),
                m.body(),
                m.createdAt(),
                m.sentOn(),
                m.deemedDeliveredOn(),
                m.caseId(),
                m.replyTo(),
                m.files().stream()
                        .map(f ->
                                new FileView(f.fileId(), f.name(), f.size(), f.mediaType(), signatures.get(f.sha256())))
                        .toList(),
                outgoing,
                readAt,
                null);
    }
}
