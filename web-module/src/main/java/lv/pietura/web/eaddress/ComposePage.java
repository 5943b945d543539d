package lv.pietura.web.eaddress;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import lv.pietura.eaddress.EAddressGateway;
import lv.pietura.eaddress.Mailboxes;
import lv.pietura.eaddress.MessageView;
import lv.pietura.eaddress.Sending;
import lv.pietura.files.FileRef;
import lv.pietura.shared.LatvianDates;
import lv.pietura.shared.NotFound;
import lv.pietura.shared.RuleViolation;
import lv.pietura.web.faces.FacesMessages;
import lv.pietura.web.faces.FormAction;

/**
 * Writing a message from the institution's e-address: addressees found in the catalogue (institutions
 * and companies by name or number, persons only by their exact personal code), a subject, the text and
 * up to ten files checked by content.
 */
@Named
@ViewScoped
public class ComposePage extends MessageDraft {

    private static final long serialVersionUID = 1L;

    @EJB
    Mailboxes mailboxes;

    @EJB
    Sending sending;

    private String replyTo;
    private String forward;
    private String query;
    private List<EAddressGateway.Addressee> found;
    private final List<EAddressGateway.Addressee> recipients = new ArrayList<>();

    /**
     * A reply starts addressed to the sender, with the subject; a forwarded message starts with the
     * subject, the original text quoted and its files.
     */
    public void load() {
        if (forward != null && !forward.isBlank() && subject == null) {
            try {
                MessageView original = mailboxes.open(forward);
                subject = original.subject().startsWith("Fwd: ") ? original.subject() : "Fwd: " + original.subject();
                body = "\n\n---- " + original.senderName() + " (" + original.senderAddress() + "), "
                        + original.sentOn().format(LatvianDates.DATE)
                        + " ----\n"
                        + original.body();
                files.addAll(mailboxes.filesToForward(forward)); // under handles of the sender's own
            } catch (NotFound e) {
                forward = null;
            }
            return;
        }
        if (replyTo == null || replyTo.isBlank() || !recipients.isEmpty()) {
            return;
        }
        try {
            MessageView original = mailboxes.open(replyTo);
            recipients.addAll(sending.searchAddressees(original.senderAddress()).stream()
                    .filter(a -> a.address()
                            .replace("-", "")
                            .equals(original.senderAddress().replace("-", "")))
                    .toList());
            subject = original.replySubject();
        } catch (NotFound e) {
            replyTo = null;
        }
    }

    public void search() {
        found = sending.searchAddressees(query);
        if (found.isEmpty()) {
            FacesMessages.info("eaddress.noAddressee");
        }
    }

    public void add(EAddressGateway.Addressee addressee) {
        if (!addressee.activated()) {
            FacesMessages.show(RuleViolation.ofField("query", "eaddress.recipient.notActivated", addressee.address()));
            return;
        }
        if (recipients.stream().noneMatch(r -> r.address().equals(addressee.address()))) {
            recipients.add(addressee);
        }
    }

    public void remove(EAddressGateway.Addressee addressee) {
        recipients.remove(addressee);
    }

    @Override
    protected FileRef store(String fileName, InputStream content) {
        return sending.upload(fileName, content);
    }

    @FormAction
    public void send() throws IOException {
        String id = sending.send(
                recipients.stream().map(EAddressGateway.Addressee::address).toList(),
                subject,
                body,
                List.copyOf(files),
                null,
                replyTo == null || replyTo.isBlank() ? null : replyTo);
        openSent("/eaddress/message", id, "eaddress.sent");
    }

    public String getReplyTo() {
        return replyTo;
    }

    public void setReplyTo(String replyTo) {
        this.replyTo = replyTo;
    }

    public String getForward() {
        return forward;
    }

    public void setForward(String forward) {
        this.forward = forward;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public List<EAddressGateway.Addressee> getFound() {
        return found;
    }

    public List<EAddressGateway.Addressee> getRecipients() {
        return recipients;
    }
}
