package lv.pietura.web.eaddress;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import lv.pietura.eaddress.MailboxRight;
import lv.pietura.eaddress.MailboxRights;
import lv.pietura.web.faces.FacesMessages;
import lv.pietura.web.faces.FormAction;

/** An institution administrator decides who reads and who sends from the institution's e-address. */
@Named
@ViewScoped
public class RightsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    MailboxRights rights;

    private List<MailboxRights.Holder> holders;

    public List<MailboxRights.Holder> getHolders() {
        if (holders == null) {
            holders = rights.holders();
        }
        return holders;
    }

    @FormAction
    public void change(MailboxRights.Holder holder, String right, boolean on) {
        EnumSet<MailboxRight> now = EnumSet.noneOf(MailboxRight.class);
        if ("READ".equals(right) ? on : holder.read()) {
            now.add(MailboxRight.READ);
        }
        if ("SEND".equals(right) ? on : holder.send()) {
            now.add(MailboxRight.SEND);
        }
        rights.set(holder.staffId(), now);
        holders = null;
        FacesMessages.info("eaddress.rightsSaved", holder.fullName());
    }
}
