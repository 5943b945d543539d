package lv.pietura.web.eaddress;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import lv.pietura.eaddress.CaseMail;
import lv.pietura.eaddress.DeliveryStatus;
import lv.pietura.eaddress.Mailboxes;
import lv.pietura.eaddress.MessageView;
import lv.pietura.shared.NotFound;
import lv.pietura.web.faces.FacesMessages;
import lv.pietura.web.faces.FormAction;
import lv.pietura.web.faces.PageModel;
import lv.pietura.web.faces.Pages;
import org.omnifaces.util.Faces;

/** One message of the mailbox: opening one that arrived is its read receipt; its files download streamed. */
@Named
@ViewScoped
public class MessagePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Mailboxes mailboxes;

    @EJB
    CaseMail caseMail;

    private String id;
    private Mailboxes.Work work;
    private Long assignee;
    private List<Mailboxes.Assignee> assignees;
    private MessageView message;
    private String caseNumber;
    private MessageView.Progress progress;
    private boolean onlyFailed;

    private final PageModel<MessageView.RecipientView> recipients = new PageModel<>(
            page -> mailboxes.recipients(message.id(), onlyFailed ? DeliveryStatus.FAILED : null, page),
            MessageView.RecipientView::address);

    public void load() {
        try {
            message = mailboxes.open(id);
            if (message.outgoing()) {
                progress = mailboxes.progress(message.id());
            } else {
                work = mailboxes.work(message.id());
                assignee = work.assigneeId();
            }
        } catch (NotFound e) {
            Pages.notFound();
        }
    }

    /** The poll while deliveries are under way. */
    public void refreshProgress() {
        progress = mailboxes.progress(message.id());
        if (progress.finished()) {
            org.primefaces.PrimeFaces.current().executeScript("PF('progressPoll').stop()");
        }
    }

    public MessageView.Progress getProgress() {
        return progress;
    }

    public PageModel<MessageView.RecipientView> getRecipients() {
        return recipients;
    }

    public boolean isOnlyFailed() {
        return onlyFailed;
    }

    public void setOnlyFailed(boolean onlyFailed) {
        this.onlyFailed = onlyFailed;
    }

    /** The signature validation report of a signed file, as XML. */
    public void signatureReport(MessageView.FileView file) throws IOException {
        byte[] report = mailboxes.signatureReport(message.id(), file.fileId()).getBytes(StandardCharsets.UTF_8);
        Faces.sendFile(report, file.name() + ".validation.xml", true);
    }

    public void download(MessageView.FileView file) throws IOException {
        try (InputStream in = mailboxes.openFile(message.id(), file.fileId())) {
            Faces.sendFile(in, file.name(), true);
        }
    }

    @FormAction
    public void fileUnder() {
        caseMail.fileUnder(message.id(), caseNumber);
        message = mailboxes.open(message.id());
        FacesMessages.info("eaddress.filed", message.filedUnder().number());
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
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

    /** Who works a message that arrived, and whether it is done. */
    public Mailboxes.Work getWork() {
        return work;
    }

    private List<Mailboxes.Unit> units;
    private Long unit;

    public List<Mailboxes.Assignee> getAssignees() {
        if (assignees == null) {
            assignees = mailboxes.assignees(message.id());
        }
        return assignees;
    }

    public Long getAssignee() {
        return assignee;
    }

    public void setAssignee(Long assignee) {
        this.assignee = assignee;
    }

    @FormAction
    public void assign() {
        mailboxes.assign(message.id(), assignee);
        work = mailboxes.work(message.id());
        FacesMessages.info(work.assignee() == null ? "eaddress.assignedNobody" : "eaddress.assigned", work.assignee());
    }

    public List<Mailboxes.Unit> getUnits() {
        if (units == null) {
            units = mailboxes.units();
        }
        return units;
    }

    public Long getUnit() {
        return unit;
    }

    public void setUnit(Long unit) {
        this.unit = unit;
    }

    /** Gives the message to a unit of the institution (or to none); its members read it from then on. */
    @FormAction
    public void giveToUnit() {
        mailboxes.giveToUnit(message.id(), unit);
        work = mailboxes.work(message.id());
        assignees = null;
        FacesMessages.info(work.unit() == null ? "eaddress.givenToNoUnit" : "eaddress.givenToUnit", work.unit());
    }

    @FormAction
    public void handled(boolean done) {
        mailboxes.handled(message.id(), done);
        work = mailboxes.work(message.id());
        FacesMessages.info(done ? "eaddress.markedHandled" : "eaddress.reopened");
    }
}
