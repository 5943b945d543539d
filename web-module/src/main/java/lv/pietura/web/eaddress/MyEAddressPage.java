package lv.pietura.web.eaddress;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import lv.pietura.eaddress.MyEAddress;
import lv.pietura.web.faces.FacesMessages;
import lv.pietura.web.faces.FormAction;

/** The holder's own e-address settings: activate, alerts by e-mail (confirmed by a link), deactivate. */
@Named
@ViewScoped
public class MyEAddressPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    MyEAddress eAddress;

    private MyEAddress.Status status;
    private String alertEmail;
    private String token;

    public MyEAddress.Status getStatus() {
        if (status == null) {
            status = eAddress.status();
        }
        return status;
    }

    @FormAction
    public void activate() {
        eAddress.activate();
        status = null;
        FacesMessages.info("my.eaddress.activated");
    }

    @FormAction
    public void requestAlerts() {
        eAddress.requestAlerts(alertEmail);
        status = null;
        FacesMessages.info("my.eaddress.alertsRequested", getStatus().pendingAlertEmail());
        alertEmail = null;
    }

    @FormAction
    public void alertsOff() {
        eAddress.alertsOff();
        status = null;
        FacesMessages.info("my.eaddress.alertsOffDone");
    }

    @FormAction
    public void deactivate() {
        eAddress.deactivate();
        status = null;
        FacesMessages.info("my.eaddress.deactivated");
    }

    /** The confirmation link's page: confirms on opening, says so or why not. */
    @FormAction
    public void confirm() {
        eAddress.confirmAlerts(token);
        status = null;
        FacesMessages.info("my.confirm.done", getStatus().alertEmail());
    }

    public String getAlertEmail() {
        return alertEmail;
    }

    public void setAlertEmail(String alertEmail) {
        this.alertEmail = alertEmail;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
