package lv.pietura.web.eaddress;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import lv.pietura.eaddress.Mailboxes;
import lv.pietura.eaddress.MessageView;
import lv.pietura.eaddress.MyMailbox;
import lv.pietura.shared.NotFound;
import lv.pietura.web.faces.FacesMessages;
import lv.pietura.web.faces.FormAction;
import lv.pietura.web.faces.KeysetModel;
import lv.pietura.web.faces.Pages;
import org.omnifaces.util.Faces;

/** A person's or company's own mailbox: what arrived and what was sent, one message with its files, and a reply. */
@Named
@ViewScoped
public class MyMailboxPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    MyMailbox mailbox;

    private String id;
    private MessageView message;
    private String reply;
    private MyMailbox.Holder holder;

    private String box = "inbox";
    private java.util.List<MessageView.RecipientView> recipients;

    private final KeysetModel<Mailboxes.Row> model = new KeysetModel<>(
            (after, size) -> isSent() ? mailbox.sent(after, size) : mailbox.inbox(after, size), Mailboxes.Row::id);

    public void loadMessage() {
        try {
            message = mailbox.open(id);
            recipients = message.outgoing() ? mailbox.recipients(message.id()) : java.util.List.of();
        } catch (NotFound e) {
            Pages.notFound();
        }
    }

    /** The signature validation report of a signed file, as XML. */
    public void signatureReport(MessageView.FileView file) throws IOException {
        byte[] report = mailbox.signatureReport(message.id(), file.fileId()).getBytes(StandardCharsets.UTF_8);
        Faces.sendFile(report, file.name() + ".validation.xml", true);
    }

    public void download(MessageView.FileView file) throws IOException {
        try (InputStream in = mailbox.openFile(message.id(), file.fileId())) {
            Faces.sendFile(in, file.name(), true);
        }
    }

    @FormAction
    public void sendReply() {
        mailbox.reply(message.id(), reply);
        reply = null;
        FacesMessages.info("eaddress.replySent");
    }

    /** A holder whose e-address is not activated has no mailbox yet: to the settings, where they activate it. */
    public String requireActivated() {
        return getHolder().activated() ? null : "/my/eaddress?faces-redirect=true";
    }

    public MyMailbox.Holder getHolder() {
        if (holder == null) {
            holder = mailbox.me();
        }
        return holder;
    }

    public boolean isSent() {
        return "sent".equals(box);
    }

    public String getBox() {
        return box;
    }

    public void setBox(String box) {
        this.box = "sent".equals(box) ? "sent" : "inbox";
    }

    /** The institution a message the holder sent went to, with its delivery and read receipt. */
    public java.util.List<MessageView.RecipientView> getRecipients() {
        return recipients;
    }

    public KeysetModel<Mailboxes.Row> getModel() {
        return model;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public MessageView getMessage() {
        return message;
    }

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }
}
