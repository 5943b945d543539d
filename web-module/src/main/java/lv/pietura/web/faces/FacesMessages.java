package lv.pietura.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import java.util.concurrent.atomic.AtomicReference;
import lv.pietura.shared.PieturaException;
import lv.pietura.shared.RuleViolation;
import lv.pietura.web.i18n.Texts;

/**
 * Puts localised messages on the page. A rule violation that names a field is shown beside the input
 * whose id is that field's name; anything else at the top of the page.
 */
public final class FacesMessages {

    private FacesMessages() {}

    public static void info(String pageKey, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, Texts.page(pageKey, arguments));
    }

    public static void warn(String pageKey, Object... arguments) {
        add(null, FacesMessage.SEVERITY_WARN, Texts.page(pageKey, arguments));
    }

    public static void error(String pageKey, Object... arguments) {
        add(null, FacesMessage.SEVERITY_ERROR, Texts.page(pageKey, arguments));
    }

    public static void show(PieturaException refusal) {
        show(refusal, field -> null);
    }

    /**
     * As {@link #show(PieturaException)}, for fields that are not inputs of the same id (rows of a repeated
     * form): {@code clientIds} gives a field's client id, or {@code null} to look it up by id.
     */
    public static void show(PieturaException refusal, java.util.function.UnaryOperator<String> clientIds) {
        if (refusal instanceof RuleViolation violation) {
            for (RuleViolation.Problem problem : violation.problems()) {
                String clientId = problem.field() == null ? null : clientIds.apply(problem.field());
                add(
                        clientId != null ? clientId : clientIdOf(problem.field()),
                        FacesMessage.SEVERITY_ERROR,
                        Texts.rule(problem.messageKey(), problem.argumentArray()));
            }
        } else {
            add(null, FacesMessage.SEVERITY_ERROR, Texts.rule(refusal.messageKey(), refusal.arguments()));
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(severity, text, null));
    }

    /** Keeps the messages of this request for the page a redirect leads to. */
    public static void keepForRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    /** The client id of the input with the given id in the current view, or {@code null}. */
    private static String clientIdOf(String field) {
        if (field == null) {
            return null;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        AtomicReference<String> found = new AtomicReference<>();
        faces.getViewRoot().visitTree(VisitContext.createVisitContext(faces), (context, component) -> {
            if (field.equals(component.getId()) && component instanceof jakarta.faces.component.EditableValueHolder) {
                found.set(component.getClientId(faces));
                return VisitResult.COMPLETE;
            }
            return VisitResult.ACCEPT;
        });
        return found.get();
    }
}
