package lv.pietura.web.rollout;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import lv.pietura.rollout.Onboarding;

/**
 * The platform's overview of every institution's onboarding ({@code /admin/onboarding}) and an institution
 * administrator's own checklist ({@code /staff/onboarding}).
 */
@Named
@ViewScoped
public class OnboardingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Onboarding onboarding;

    private List<Onboarding.Progress> overview;
    private Onboarding.Checklist mine;

    public List<Onboarding.Progress> getOverview() {
        if (overview == null) {
            overview = onboarding.overview();
        }
        return overview;
    }

    public Onboarding.Checklist getMine() {
        if (mine == null) {
            mine = onboarding.mine();
        }
        return mine;
    }
}
