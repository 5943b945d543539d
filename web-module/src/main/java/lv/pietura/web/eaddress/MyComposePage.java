package lv.pietura.web.eaddress;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import lv.pietura.eaddress.EAddressGateway;
import lv.pietura.eaddress.MyMailbox;
import lv.pietura.files.FileRef;
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
        String id = mailbox.send(to == null ? null : to.address(), subject, body, List.copyOf(files));
        openSent("/my/message", id, "eaddress.sent");
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
