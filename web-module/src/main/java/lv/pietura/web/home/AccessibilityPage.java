package lv.pietura.web.home;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import lv.pietura.organisation.AccessibilityFeedback;
import lv.pietura.web.faces.FacesMessages;
import lv.pietura.web.faces.FormAction;

/** The accessibility statement, and its form to report a barrier to the platform's administrators. */
@Named
@ViewScoped
public class AccessibilityPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AccessibilityFeedback feedback;

    private String page;
    private String problem;
    private String contact;

    @FormAction
    public void send() {
        feedback.report(page, problem, contact);
        FacesMessages.info("accessibility.report.sent");
        page = null;
        problem = null;
        contact = null;
    }

    public int getProblemMax() {
        return AccessibilityFeedback.PROBLEM_MAX;
    }

    public int getPageMax() {
        return AccessibilityFeedback.PAGE_MAX;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public String getProblem() {
        return problem;
    }

    public void setProblem(String problem) {
        this.problem = problem;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }
}
