package lv.pietura.web.eaddress;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import lv.pietura.eaddress.Sending;
import lv.pietura.files.FileRef;
import lv.pietura.shared.TextFiles;
import lv.pietura.web.faces.FormAction;
import org.primefaces.event.FileUploadEvent;

/**
 * One message to many addressees, such as a municipality's notice to its residents: the list of personal
 * codes and registration numbers is typed or uploaded, checked (who has an activated e-address, which
 * lines are no code) and then sent as one message whose delivery the message page follows.
 */
@Named
@ViewScoped
public class BulkPage extends MessageDraft {

    private static final long serialVersionUID = 1L;
    private static final int MAX_LIST_BYTES = 5 * 1024 * 1024;

    @EJB
    Sending sending;

    private String list;
    private String listFileName;
    private String listFromFile;
    private Sending.BulkCheck check;

    @Override
    protected FileRef store(String fileName, InputStream content) {
        return sending.upload(fileName, content);
    }

    /** A list file replaces the typed list: UTF-8 text, CSV or one code per line, at most 5 MB. */
    @FormAction
    public void uploadList(FileUploadEvent event) throws IOException {
        try (InputStream in = event.getFile().getInputStream()) {
            listFromFile = TextFiles.utf8Text(in.readNBytes(MAX_LIST_BYTES + 1), MAX_LIST_BYTES);
            listFileName = event.getFile().getFileName();
            check = null;
        }
    }

    public void forgetListFile() {
        listFromFile = null;
        listFileName = null;
        check = null;
    }

    @FormAction
    public void checkList() {
        check = sending.checkBulk(addressees());
    }

    @FormAction
    public void send() throws IOException {
        Sending.BulkSent sent = sending.sendBulk(addressees(), subject, body, java.util.List.copyOf(files));
        openSent(
                "/eaddress/message",
                sent.messageId(),
                "eaddress.bulk.sent",
                sent.addressees(),
                sent.withoutEAddress() + sent.invalid());
    }

    private String addressees() {
        return listFromFile != null ? listFromFile : list;
    }

    public String getList() {
        return list;
    }

    public void setList(String list) {
        if (list != null && !list.equals(this.list)) {
            check = null;
        }
        this.list = list;
    }

    public String getListFileName() {
        return listFileName;
    }

    public Sending.BulkCheck getCheck() {
        return check;
    }
}
