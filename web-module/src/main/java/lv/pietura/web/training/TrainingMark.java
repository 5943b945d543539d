package lv.pietura.web.training;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import lv.pietura.training.Sandboxes;

/**
 * Whether the signed-in staff member works in a training sandbox: every page says so at its top. Asked once a
 * session (an account's institution never changes between sandbox and real).
 */
@Named
@SessionScoped
public class TrainingMark implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Sandboxes sandboxes;

    private Boolean training;

    public boolean isShown() {
        if (training == null) {
            training = sandboxes.inTraining();
        }
        return training;
    }
}
