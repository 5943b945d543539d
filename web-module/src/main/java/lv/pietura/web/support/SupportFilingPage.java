package lv.pietura.web.support;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lv.pietura.files.FileRef;
import lv.pietura.shared.RoleNames;
import lv.pietura.support.SupportRequests;
import lv.pietura.web.faces.FacesMessages;
import lv.pietura.web.faces.FormAction;
import org.primefaces.event.FileUploadEvent;

/**
 * A support request filed from the page named by {@code from} (the help's "report a problem" link gives the page the
 * reader was on): what they did, a screenshot or file, and the case when the page was one they may see.
 */
@Named
@ViewScoped
public class SupportFilingPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** A case page: {@code /cases/case.xhtml?id=12} (and any other parameters). */
    private static final Pattern CASE_PAGE =
            Pattern.compile("^/cases/case(?:\\.xhtml)?\\?(?:.*&)?id=(\\d{1,18})(?:&.*)?$");

    @EJB
    SupportRequests support;

    private String from;
    private String subject;
    private String description;
    private String caseNumber;
    private final List<FileRef> files = new ArrayList<>();

    /** The case of the page the request comes from, when the reader may see it. */
    public void load() {
        boolean staff = FacesContext.getCurrentInstance().getExternalContext().isUserInRole(RoleNames.STAFF);
        Matcher casePage = from == null || !staff ? null : CASE_PAGE.matcher(from);
        if (casePage != null && casePage.matches() && caseNumber == null) {
            caseNumber = support.caseOnPage(Long.parseLong(casePage.group(1))).orElse(null);
        }
    }

    /** A screenshot or file, stored as soon as it is chosen (checked by its content), for the request to name. */
    @FormAction
    public void upload(FileUploadEvent event) throws IOException {
        try (InputStream in = event.getFile().getInputStream()) {
            files.add(support.upload(event.getFile().getFileName(), in));
        }
    }

    public void remove(FileRef file) {
        files.remove(file);
    }

    @FormAction
    public String submit() {
        long id = support.file(from, caseNumber, subject, description, files);
        FacesMessages.info("support.filed", String.valueOf(id));
        FacesMessages.keepForRedirect();
        return "/support/request?faces-redirect=true&id=" + id;
    }

    public List<FileRef> getFiles() {
        return files;
    }

    public long getMaxBytes() {
        return SupportRequests.MAX_FILE_BYTES;
    }

    public long getMaxMegabytes() {
        return SupportRequests.MAX_FILE_BYTES / (1024 * 1024);
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
    }
}
