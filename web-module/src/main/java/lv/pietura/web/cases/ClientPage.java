package lv.pietura.web.cases;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import lv.pietura.cases.CaseQueries;
import lv.pietura.cases.CaseSummary;
import lv.pietura.web.faces.FacesMessages;
import lv.pietura.web.faces.FormAction;

/**
 * The one-stop view: every case of the client in front of the clerk, in every institution (a specialist:
 * in their own). Looking is audited as a read of personal data, so the list is read only when asked for.
 */
@Named
@ViewScoped
public class ClientPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    CaseQueries queries;

    private String code;
    private String shownCode;
    private List<CaseSummary> history;

    /** The history of the client the address names ({@code ?code=}), refused in words as the form is. */
    @FormAction
    public void load() {
        if (code != null && !code.isBlank()) {
            show();
        }
    }

    @FormAction
    public void show() {
        history = null;
        shownCode = null;
        history = queries.clientHistory(code);
        shownCode = code.strip();
        if (history.isEmpty()) {
            FacesMessages.info("cases.clientHasNoCases");
        }
    }

    public long getOpenCount() {
        return history == null
                ? 0
                : history.stream().filter(c -> c.state().open()).count();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getShownCode() {
        return shownCode;
    }

    public List<CaseSummary> getHistory() {
        return history;
    }
}
