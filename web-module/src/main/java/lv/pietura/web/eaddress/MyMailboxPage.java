package lv.pietura.web.eaddress;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import lv.pietura.eaddress.Mailboxes;
import lv.pietura.eaddress.MessageView;
import lv.pietura.eaddress.MyMailbox;
import lv.pietura.shared.NotFound;
import lv.pietura.web.faces.FacesMessages;
import lv.pietura.web.faces.FormAction;
import lv.pietura.web.faces.PageModel;
import lv.pietura.web.faces.Pages;
import org.omnifaces.util.Faces;

/** A person's or company's own mailbox: the list, one message with its files, and a reply. */
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

    private final PageModel<Mailboxes.Row> model = new PageModel<>(page -> mailbox.inbox(page), Mailboxes.Row::id);

    public void loadMessage() {
        try {
            message = mailbox.open(id);
        } catch (NotFound e) {
            Pages.notFound();
        }
    }

    public void download(MessageView.FileView file) throws IOException {
        try (InputStream in = mailbox.openFile(message.id(), file.sha256())) {
            Faces.sendFile(in, file.name(), true);
        }
    }

    @FormAction
    public void sendReply() {
        mailbox.reply(message.id(), reply);
        reply = null;
        FacesMessages.info("eaddress.replySent");
    }

    public MyMailbox.Holder getHolder() {
        if (holder == null) {
            holder = mailbox.me();
        }
        return holder;
    }

    public PageModel<Mailboxes.Row> getModel() {
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
