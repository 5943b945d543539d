package lv.pietura.web.help;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ResourceBundle;
import lv.pietura.organisation.Role;

/**
 * The short help of the page being shown, from the message bundle in the reader's language: {@code help.<page>} (the
 * page's path with dots: {@code help.cases.case}), or the text for one of the reader's roles where the page has one
 * ({@code help.cases.case.SPECIALIST}; the first of {@link Role}'s order that the reader holds). Every page has one
 * ({@code EveryPageHasHelpTest}).
 */
@Named
@RequestScoped
public class PageHelp {

    private String text;

    public String getText() {
        if (text == null) {
            text = find();
        }
        return text;
    }

    /** The bundle key of a page's help, from its view id ({@code /cases/case.xhtml}: {@code help.cases.case}). */
    public static String keyOf(String viewId) {
        String path = viewId.startsWith("/") ? viewId.substring(1) : viewId;
        if (path.endsWith(".xhtml")) {
            path = path.substring(0, path.length() - ".xhtml".length());
        }
        return "help." + path.replace('/', '.');
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
