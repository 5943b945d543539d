package lv.pietura.web.eaddress;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import lv.pietura.eaddress.Mailboxes;
import lv.pietura.web.faces.PageModel;

/** The institution's e-address mailbox: what arrived and what was sent, newest first. */
@Named
@ViewScoped
public class MailboxPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Mailboxes mailboxes;

    private String box = "inbox";

    private final PageModel<Mailboxes.Row> model = new PageModel<>(
            page -> isOutbox() ? mailboxes.outbox(page) : mailboxes.inbox(page), Mailboxes.Row::id);

    public boolean isOutbox() {
        return "outbox".equals(box);
    }

    public PageModel<Mailboxes.Row> getModel() {
        return model;
    }

    public String getBox() {
        return box;
    }

    public void setBox(String box) {
        this.box = "outbox".equals(box) ? "outbox" : "inbox";
    }
}
