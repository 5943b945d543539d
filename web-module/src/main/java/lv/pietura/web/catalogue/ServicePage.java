package lv.pietura.web.catalogue;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import lv.pietura.catalogue.ServiceCard;
import lv.pietura.catalogue.ServiceDirectory;
import lv.pietura.shared.NotFound;
import lv.pietura.web.faces.FacesMessages;
import lv.pietura.web.faces.FormAction;
import lv.pietura.web.faces.Pages;

/** A published service's catalogue card, as in force today; the basket switch for platform administrators. */
@Named
@ViewScoped
public class ServicePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ServiceDirectory directory;

    private String code;
    private ServiceCard card;

    public void load() {
        try {
            card = directory.inForce(code);
        } catch (NotFound e) {
            Pages.notFound();
        }
    }

    @FormAction
    public void toggleBasket() {
        directory.placeInBasket(card.code(), !card.inBasket());
        FacesMessages.info(card.inBasket() ? "catalogue.basketRemoved" : "catalogue.basketAdded", card.code());
        card = directory.inForce(code);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public ServiceCard getCard() {
        return card;
    }
}
