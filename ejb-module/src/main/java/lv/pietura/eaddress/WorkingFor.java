package lv.pietura.eaddress;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;

/**
 * The company whose e-address the signed-in person chose to work, for the rest of the session (none: their own).
 * Only a choice: whether the person still represents the company is asked on every call ({@link Holders}).
 */
@SessionScoped
class WorkingFor implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long company;

    Long company() {
        return company;
    }

    void choose(Long companyAccountId) {
        this.company = companyAccountId;
    }
}
