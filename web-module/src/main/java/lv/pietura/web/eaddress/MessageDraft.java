package lv.pietura.web.eaddress;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import lv.pietura.eaddress.Message;
import lv.pietura.eaddress.Sending;
import lv.pietura.files.FileRef;
import lv.pietura.shared.RuleViolation;
import lv.pietura.web.faces.FacesMessages;
import lv.pietura.web.faces.FormAction;
import org.primefaces.event.FileUploadEvent;

/**
 * What every message being written has: a subject, the text and up to ten files, each stored (and
 * checked by content) as it is uploaded. The page's facade stores the file; the form is the include
 * {@code message-text-and-files.xhtml}.
 */
public abstract class MessageDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    protected String subject;
    protected String body;
    protected final List<FileRef> files = new ArrayList<>();

    /** Stores an uploaded file through the facade that will send it. */
    protected abstract FileRef store(String fileName, InputStream content);

    @FormAction
    public void upload(FileUploadEvent event) throws IOException {
        if (files.size() >= Message.MAX_FILES) {
            FacesMessages.show(RuleViolation.ofField("file", "eaddress.files.tooMany", Message.MAX_FILES));
            return;
        }
        try (InputStream in = event.getFile().getInputStream()) {
            files.add(store(event.getFile().getFileName(), in));
        }
    }

    /** After sending: to the page of the message sent ({@code page}, by id), with {@code key} shown there. */
    protected static void openSent(String page, String messageId, String key, Object... arguments) throws IOException {
        FacesMessages.info(key, arguments);
        FacesMessages.keepForRedirect();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + page + "?id=" + messageId);
    }

    public void removeFile(FileRef file) {
        files.remove(file);
    }

    public long getMaxFileBytes() {
        return Sending.MAX_FILE_BYTES;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public List<FileRef> getFiles() {
        return files;
    }
}
