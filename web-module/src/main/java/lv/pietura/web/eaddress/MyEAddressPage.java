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
    private String companyNumber;
    private String companyBasis;
    private java.util.List<MyEAddress.CompanyRequestView> companyRequests;
    private java.util.List<MyEAddress.RepresentedCompany> represented;

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

    /** A person asks to activate a company's e-address, as one entitled to represent it. */
    @FormAction
    public void requestCompany() {
        eAddress.requestCompany(companyNumber, companyBasis);
        companyNumber = null;
        companyBasis = null;
        companyRequests = null;
        FacesMessages.info("my.company.requested");
    }

    /** The companies the person represents. */
    public java.util.List<MyEAddress.RepresentedCompany> getRepresented() {
        if (represented == null) {
            represented = eAddress.representedCompanies();
        }
        return represented;
    }

    /**
     * The person works the company's e-address from now on: its mailbox when it is activated, else its settings
     * (to activate it).
     */
    @FormAction
    public String workFor(MyEAddress.RepresentedCompany company) {
        eAddress.workFor(company.id());
        return company.activated() ? "/my/mailbox?faces-redirect=true" : "/my/eaddress?faces-redirect=true";
    }

    /** Back to the person's own e-address, from any page of the mailbox. */
    public String workOwn() {
        eAddress.workOwn();
        return "/my/eaddress?faces-redirect=true";
    }

    public java.util.List<MyEAddress.CompanyRequestView> getCompanyRequests() {
        if (companyRequests == null) {
            companyRequests = eAddress.companyRequests();
        }
        return companyRequests;
    }

    public String getCompanyNumber() {
        return companyNumber;
    }

    public void setCompanyNumber(String companyNumber) {
        this.companyNumber = companyNumber;
    }

    public String getCompanyBasis() {
        return companyBasis;
    }

    public void setCompanyBasis(String companyBasis) {
        this.companyBasis = companyBasis;
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
