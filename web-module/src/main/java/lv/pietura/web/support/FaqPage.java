package lv.pietura.web.support;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import lv.pietura.support.FrequentQuestions;
import lv.pietura.web.faces.FacesMessages;
import lv.pietura.web.faces.FormAction;

/** The frequently asked questions, for every staff member; a platform administrator withdraws one. */
@Named
@ViewScoped
public class FaqPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    FrequentQuestions questions;

    private List<FrequentQuestions.Entry> entries;

    public List<FrequentQuestions.Entry> getEntries() {
        if (entries == null) {
            entries = questions.all();
        }
        return entries;
    }

    @FormAction
    public void withdraw(FrequentQuestions.Entry entry) {
        questions.withdraw(entry.id());
        entries = null;
        FacesMessages.info("support.faq.withdrawn");
    }
}
