package lv.pietura.web.eaddress;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import lv.pietura.eaddress.DeliveryStatus;
import lv.pietura.eaddress.MailboxFilter;
import lv.pietura.eaddress.Mailboxes;
import lv.pietura.shared.Cursor;
import lv.pietura.shared.Slice;
import lv.pietura.web.faces.KeysetModel;

/** The institution's e-address mailbox: what arrived and what was sent, newest first. */
@Named
@ViewScoped
public class MailboxPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Mailboxes mailboxes;

    private String box = "inbox";
    private String text;
    private boolean unread;
    private java.time.LocalDate from;
    private java.time.LocalDate to;
    private DeliveryStatus status;
    private MailboxFilter.Work work;

    private final KeysetModel<Mailboxes.Row> model = new KeysetModel<>(this::slice, Mailboxes.Row::id);

    private Slice<Mailboxes.Row> slice(Cursor after, int size) {
        MailboxFilter filter = new MailboxFilter(
                text, unread ? Boolean.TRUE : null, from, to, isOutbox() ? status : null, isOutbox() ? null : work);
        return isOutbox() ? mailboxes.outbox(filter, after, size) : mailboxes.inbox(filter, after, size);
    }

    /** A new search starts again from the newest message. */
    public void search() {
        model.reset();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isUnread() {
        return unread;
    }

    public void setUnread(boolean unread) {
        this.unread = unread;
    }

    public java.time.LocalDate getFrom() {
        return from;
    }

    public void setFrom(java.time.LocalDate from) {
        this.from = from;
    }

    public java.time.LocalDate getTo() {
        return to;
    }

    public void setTo(java.time.LocalDate to) {
        this.to = to;
    }

    public DeliveryStatus getStatus() {
        return status;
    }

    public void setStatus(DeliveryStatus status) {
        this.status = status;
    }

    public MailboxFilter.Work getWork() {
        return work;
    }

    public void setWork(MailboxFilter.Work work) {
        this.work = work;
    }

    public MailboxFilter.Work[] getWorks() {
        return MailboxFilter.Work.values();
    }

    public DeliveryStatus[] getStatuses() {
        return DeliveryStatus.values();
    }

    public boolean isOutbox() {
        return "outbox".equals(box);
    }

    public KeysetModel<Mailboxes.Row> getModel() {
        return model;
    }

    public String getBox() {
        return box;
    }

    public void setBox(String box) {
        this.box = "outbox".equals(box) ? "outbox" : "inbox";
    }
}
