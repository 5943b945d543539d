package lv.pietura.web.training;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import lv.pietura.training.Sandboxes;
import lv.pietura.web.faces.FacesMessages;
import lv.pietura.web.faces.FormAction;

/**
 * The trainer's page ({@code /staff/training}): the sandbox opened and reset, trainee accounts given and ended, their
 * progress.
 */
@Named
@ViewScoped
public class TrainingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Sandboxes sandboxes;

    private Sandboxes.SandboxView sandbox;
    private boolean read;
    private List<Sandboxes.Candidate> candidates;
    private Long staffId;
    private String givenUsername;
    private String givenPassword;

    public Sandboxes.SandboxView getSandbox() {
        if (!read) {
            sandbox = sandboxes.mine().orElse(null);
            read = true;
        }
        return sandbox;
    }

    public List<Sandboxes.Candidate> getCandidates() {
        if (candidates == null) {
            candidates = sandboxes.candidates();
        }
        return candidates;
    }

    public String getCentres() {
        return getSandbox() == null ? null : String.join(", ", sandbox.centres());
    }

    public String getServices() {
        return getSandbox() == null ? null : String.join(", ", sandbox.services());
    }

    @FormAction
    public void open() {
        sandboxes.open();
        reread();
        FacesMessages.info("training.opened");
    }

    @FormAction
    public void addTrainee() {
        Sandboxes.Candidate chosen = getCandidates().stream()
                .filter(c -> staffId != null && c.staffId() == staffId)
                .findFirst()
                .orElse(null);
        char[] password = sandboxes.addTrainee(staffId == null ? -1 : staffId);
        givenUsername = chosen == null ? null : chosen.username() + Sandboxes.TRAINEE_SUFFIX;
        givenPassword = new String(password);
        staffId = null;
        reread();
        FacesMessages.info("training.trainee.added");
    }

    @FormAction
    public void endTrainee(long traineeId) {
        sandboxes.endTrainee(traineeId);
        givenUsername = null; // a password handed out earlier on this page is not for an account just ended
        givenPassword = null;
        reread();
        FacesMessages.info("training.trainee.ended");
    }

    @FormAction
    public void reset() {
        sandboxes.reset();
        reread();
        FacesMessages.info("training.resetDone");
    }

    private void reread() {
        read = false;
        candidates = null;
    }

    public Long getStaffId() {
        return staffId;
    }

    public void setStaffId(Long staffId) {
        this.staffId = staffId;
    }

    public String getGivenUsername() {
        return givenUsername;
    }

    public String getGivenPassword() {
        return givenPassword;
    }
}
