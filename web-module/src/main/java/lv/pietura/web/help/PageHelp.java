package lv.pietura.web.help;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.ResourceBundle;
import lv.pietura.organisation.Role;
import lv.pietura.shared.RoleNames;
import lv.pietura.support.FrequentQuestions;

/**
 * The short help of the page being shown, from the message bundle in the reader's language: {@code help.<page>} (the
 * page's path with dots: {@code help.cases.case}), or the text for one of the reader's roles where the page has one
 * ({@code help.cases.case.SPECIALIST}; the first of {@link Role}'s order that the reader holds). Every page has one
 * ({@code EveryPageHasHelpTest}).
 */
@Named
@RequestScoped
public class PageHelp {

    @EJB
    FrequentQuestions frequentQuestions;

    private String text;
    private List<FrequentQuestions.Entry> questions;

    /** A staff member's (every role's but a portal's): they get the questions and file support requests. */
    public boolean isStaff() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(RoleNames.STAFF);
    }

    /** The holder of an e-address in their mailbox: they ask support too. */
    public boolean isHolder() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(RoleNames.EADDRESS_HOLDER);
    }

    /** The frequently asked questions about this page, for staff. */
    public List<FrequentQuestions.Entry> getQuestions() {
        if (questions == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            questions = isStaff() && faces.getViewRoot() != null
                    ? frequentQuestions.about(pathOf(faces.getViewRoot().getViewId()))
                    : List.of();
        }
        return questions;
    }

    /** The page as a support request names it: its path in the application with its parameters. */
    public String getPage() {
        HttpServletRequest request = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

    public String getText() {
        if (text == null) {
            text = find();
        }
        return text;
    }

    /** The bundle key of a page's help, from its view id ({@code /cases/case.xhtml}: {@code help.cases.case}). */
    public static String keyOf(String viewId) {
        return "help." + pathOf(viewId).replace('/', '.');
    }

    /** A page's path as its help and its questions name it ({@code /cases/case.xhtml}: {@code cases/case}). */
    static String pathOf(String viewId) {
        String path = viewId.startsWith("/") ? viewId.substring(1) : viewId;
        return path.endsWith(".xhtml") ? path.substring(0, path.length() - ".xhtml".length()) : path;
    }

    private String find() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.getViewRoot() == null) {
            return "";
        }
        String key = keyOf(faces.getViewRoot().getViewId());
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        ExternalContext external = faces.getExternalContext();
        for (Role role : Role.values()) {
            if (external.isUserInRole(role.name()) && bundle.containsKey(key + "." + role.name())) {
                return bundle.getString(key + "." + role.name());
            }
        }
        return bundle.containsKey(key) ? bundle.getString(key) : "";
    }
}
