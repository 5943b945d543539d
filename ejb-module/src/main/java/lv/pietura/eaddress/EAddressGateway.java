package lv.pietura.eaddress;

import java.util.List;
import java.util.Optional;
import lv.pietura.files.FileRef;

/**
 * The operations of the national e-address system-to-system interface (SearchAddressee, SendMessage,
 * GetNextMessage, ConfirmMessage). The rest of Pietura talks to the e-address only through this; the
 * internal mailbox is the default implementation, chosen by {@code pietura.eaddress.gateway}.
 */
public interface EAddressGateway {

    /** An entry of the addressee catalogue (kept by the compose pages, so written out with the session). */
    record Addressee(String address, AccountKind kind, String name, boolean activated)
            implements java.io.Serializable {}

    /** One message for one recipient, as the interface carries it. */
    record Outgoing(
            String messageId,
            String senderAddress,
            String recipientAddress,
            String subject,
            String body,
            List<FileRef> files) {}

    /**
     * Institutions and companies by words of their name or the start of their registration number;
     * persons only by their exact personal code.
     */
    default List<Addressee> searchAddressee(String query, int max) {
        return searchAddressee(query, max, false);
    }

    /**
     * As {@link #searchAddressee(String, int)}, among the training sandboxes' accounts ({@code training}) or among the
     * real ones: each writes only to its own kind, so neither finds the other.
     */
    List<Addressee> searchAddressee(String query, int max, boolean training);

    /**
     * Hands a message to one recipient's mailbox. Handing the same message id to the same recipient again
     * changes nothing.
     *
     * @throws NotDelivered when the recipient's mailbox does not take it
     */
    void send(Outgoing message);

    /** The id of the oldest message in the account's mailbox not yet confirmed as received. */
    Optional<String> fetchNext(String accountAddress);

    /** Confirms that the account has received the message (the read receipt). */
    void confirm(String accountAddress, String messageId);

    /** The recipient's side refused or could not take the message; the reason is kept for the sender. */
    class NotDelivered extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public NotDelivered(String reason) {
            super(reason);
        }
    }
}
