package lv.pietura.web.eaddress;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import lv.pietura.eaddress.MyMailbox;
import lv.pietura.web.faces.PageModel;

/** "Who used my data": the institutions that looked at the holder's data, from the audit trail. */
@Named
@ViewScoped
public class MyDataUsagePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    MyMailbox mailbox;

    private final PageModel<MyMailbox.DataUse> model = new PageModel<>(
            page -> mailbox.dataUsage(page),
            use -> use.at().toEpochMilli() + ":" + use.entityType() + ":" + use.action());

    public PageModel<MyMailbox.DataUse> getModel() {
        return model;
    }
}
