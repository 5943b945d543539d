package lv.pietura.web.eaddress;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import lv.pietura.eaddress.AccountKind;
import lv.pietura.eaddress.EAddressGateway;
import lv.pietura.eaddress.MessageView;
import lv.pietura.eaddress.MyMailbox;
import lv.pietura.files.FileRef;
import lv.pietura.shared.NotFound;
import lv.pietura.web.faces.FacesMessages;
import lv.pietura.web.faces.FormAction;

/**
 * A person or company writes to an institution: the institution found by name or registration number
 * (persons and companies write to institutions only), a subject, the text and up to ten files.
 */
@Named
@ViewScoped
public class MyComposePage extends MessageDraft {

    private static final long serialVersionUID = 1L;

    @EJB
    MyMailbox mailbox;

    private String query;
    private List<EAddressGateway.Addressee> found;
    private EAddressGateway.Addressee to;
    private String replyTo;

    /** With {@code ?replyTo=}: an answer to that message, to its sender, under its case. */
    public void loadReply() {
        if (replyTo == null || replyTo.isBlank()) {
            replyTo = null;
            return;
        }
        try {
            MessageView original = mailbox.open(replyTo);
            to = new EAddressGateway.Addressee(
                    original.senderAddress(), AccountKind.INSTITUTION, original.senderName(), true);
            subject = original.replySubject();
        } catch (NotFound e) {
            replyTo = null;
        }
    }

    @Override
    protected FileRef store(String fileName, InputStream content) {
        return mailbox.upload(fileName, content);
    }

    public void search() {
        found = mailbox.searchInstitutions(query);
        if (found.isEmpty()) {
            FacesMessages.info("eaddress.noAddressee");
        }
    }

    public void choose(EAddressGateway.Addressee institution) {
        to = institution;
        found = null;
    }

    @FormAction
    public void send() throws IOException {
        String id = replyTo != null
                ? mailbox.answer(replyTo, subject, body, List.copyOf(files))
                : mailbox.send(to == null ? null : to.address(), subject, body, List.copyOf(files));
        openSent("/my/message", id, "eaddress.sent");
    }

    public String getReplyTo() {
        return replyTo;
    }

    public void setReplyTo(String replyTo) {
        this.replyTo = replyTo;
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

    public EAddressGateway.Addressee getTo() {
        return to;
    }
}
