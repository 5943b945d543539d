package lv.pietura.web.eaddress;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import lv.pietura.eaddress.DeliveryProblems;
import lv.pietura.web.faces.FacesMessages;
import lv.pietura.web.faces.FormAction;
import lv.pietura.web.faces.PageModel;

/** Messages the e-address could not deliver and alerts it could not send, for administrators to act on. */
@Named
@ViewScoped
public class ProblemsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    DeliveryProblems problems;

    private final PageModel<DeliveryProblems.Problem> deliveries =
            new PageModel<>(page -> problems.failedDeliveries(page), DeliveryProblems.Problem::id);
    private final PageModel<DeliveryProblems.Problem> alerts =
            new PageModel<>(page -> problems.failedAlerts(page), DeliveryProblems.Problem::id);

    @FormAction
    public void retryDelivery(DeliveryProblems.Problem problem) {
        problems.retryDelivery(problem.id());
        FacesMessages.info("eaddress.problems.retried", problem.recipientName());
    }

    @FormAction
    public void retryAlert(DeliveryProblems.Problem problem) {
        problems.retryAlert(problem.id());
        FacesMessages.info("eaddress.problems.retried", problem.recipientName());
    }

    public PageModel<DeliveryProblems.Problem> getDeliveries() {
        return deliveries;
    }

    public PageModel<DeliveryProblems.Problem> getAlerts() {
        return alerts;
    }
}
