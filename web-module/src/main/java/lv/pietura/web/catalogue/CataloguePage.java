package lv.pietura.web.catalogue;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import lv.pietura.catalogue.Channel;
import lv.pietura.catalogue.ServiceDirectory;
import lv.pietura.catalogue.ServiceFilter;
import lv.pietura.catalogue.ServiceSummary;
import lv.pietura.organisation.CentreView;
import lv.pietura.organisation.Choice;
import lv.pietura.organisation.PublicDirectory;
import lv.pietura.web.faces.PageModel;

/** Search of the published catalogue: for clients without signing in, and for every staff member. */
@Named
@ViewScoped
public class CataloguePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ServiceDirectory directory;

    @EJB
    PublicDirectory publicDirectory;

    private String text;
    private Long holderId;
    private Channel channel;
    private boolean basketOnly;
    private Long centreId;
    private List<Choice> holders;
    private List<CentreView> centres;

    private final PageModel<ServiceSummary> model = new PageModel<>(
            page -> directory.search(
                    new ServiceFilter(text, holderId, channel, basketOnly ? Boolean.TRUE : null, centreId, null), page),
            ServiceSummary::id);

    public List<Choice> getHolders() {
        if (holders == null) {
            holders = directory.holders();
        }
        return holders;
    }

    public List<CentreView> getCentres() {
        if (centres == null) {
            centres = publicDirectory.openCentres();
        }
        return centres;
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public PageModel<ServiceSummary> getModel() {
        return model;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getHolderId() {
        return holderId;
    }

    public void setHolderId(Long holderId) {
        this.holderId = holderId;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public boolean isBasketOnly() {
        return basketOnly;
    }

    public void setBasketOnly(boolean basketOnly) {
        this.basketOnly = basketOnly;
    }

    public Long getCentreId() {
        return centreId;
    }

    public void setCentreId(Long centreId) {
        this.centreId = centreId;
    }

    public Long getCentreOffering() {
        return centreId;
    }

    /** A centre named in the address counts only if it is one of the open centres the filter offers. */
    public void setCentreOffering(Long centreId) {
        this.centreId = centreId != null && getCentres().stream().anyMatch(c -> c.id() == centreId) ? centreId : null;
    }
}
