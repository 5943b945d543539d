package lv.pietura.web.eaddress;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import lv.pietura.eaddress.Webhooks;
import lv.pietura.web.faces.FacesMessages;
import lv.pietura.web.faces.FormAction;
import lv.pietura.web.faces.PageModel;

/** An institution's administrator keeps the webhook of its document system and reads its delivery log. */
@Named
@ViewScoped
public class WebhookPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Webhooks webhooks;

    private final PageModel<Webhooks.CallView> model =
            new PageModel<>(page -> webhooks.calls(page), c -> String.valueOf(c.id()));

    private Webhooks.WebhookView mine;
    private boolean read;
    private String url;
    private String secret;

    public Webhooks.WebhookView getMine() {
        if (!read) {
            mine = webhooks.mine().orElse(null);
            read = true;
        }
        return mine;
    }

    @FormAction
    public void register() {
        secret = webhooks.register(url);
        read = false;
        url = null;
        FacesMessages.info("webhook.saved");
    }

    @FormAction
    public void remove() {
        webhooks.remove();
        read = false;
        secret = null;
        FacesMessages.info("webhook.removed");
    }

    public PageModel<Webhooks.CallView> getModel() {
        return model;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    /** The new secret, on the page that registered it only. */
    public String getSecret() {
        return secret;
    }
}
