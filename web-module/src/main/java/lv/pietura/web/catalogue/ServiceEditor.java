package lv.pietura.web.catalogue;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lv.pietura.audit.AuditEventView;
import lv.pietura.catalogue.Channel;
import lv.pietura.catalogue.DeadlineKind;
import lv.pietura.catalogue.FieldType;
import lv.pietura.catalogue.Recipients;
import lv.pietura.catalogue.ServiceCard;
import lv.pietura.catalogue.ServiceDirectory;
import lv.pietura.catalogue.ServiceFilter;
import lv.pietura.catalogue.ServiceManagement;
import lv.pietura.catalogue.ServiceStatus;
import lv.pietura.catalogue.ServiceSummary;
import lv.pietura.catalogue.VersionInfo;
import lv.pietura.catalogue.VersionState;
import lv.pietura.files.FileRef;
import lv.pietura.organisation.CentreView;
import lv.pietura.organisation.PublicDirectory;
import lv.pietura.shared.Clocks;
import lv.pietura.shared.PageRequest;
import lv.pietura.shared.PieturaException;
import lv.pietura.web.faces.FacesMessages;
import lv.pietura.web.faces.FormAction;
import lv.pietura.web.faces.Pages;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;

/**
 * The catalogue card editor of one service. It edits the draft; when there is none it shows the newest
 * published version and offers to start the next one.
 */
@Named
@ViewScoped
public class ServiceEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Clock clock;

    @EJB
    ServiceManagement management;

    @EJB
    ServiceDirectory directory;

    @EJB
    PublicDirectory publicDirectory;

    private String idParameter;
    private long id;
    private ServiceCard card;
    private ServiceForm form;
    private List<VersionInfo> versions;
    private List<AuditEventView> changes;
    private List<CentreView> allCentres;
    private List<ServiceSummary> relatable;
    private List<Long> centreIds = new ArrayList<>();
    private ServiceManagement.Retention retention;
    private Integer retentionYears;
    private LocalDate validFrom;
    private LocalDate withdrawOn;
    private ServiceCard shownVersion;
    private ServiceForm.DocumentRow uploadTarget;

    public void load() {
        Pages.loadById(idParameter, value -> {
            id = value;
            reload();
        });
    }

    private void reload() {
        card = management.get(id);
        form = ServiceForm.of(card.content());
        versions = management.versions(id);
        changes = null;
        centreIds = new ArrayList<>(
                card.offeredAt().stream().map(ServiceCard.CentreRef::id).toList());
        retention = management.retention(id);
        retentionYears = retention.serviceYears();
        LocalDate today = LocalDate.now(clock.withZone(Clocks.RIGA));
        validFrom = today;
        versions.stream()
                .filter(v -> v.validFrom() != null && !v.validFrom().isBefore(today))
                .findFirst()
                .ifPresent(v -> validFrom = v.validFrom().plusDays(1));
    }

    @FormAction
    public void save() {
        management.saveDraft(id, card.draftVersion(), form.content());
        reload();
        FacesMessages.info("saved");
    }

    @FormAction
    public void publish() {
        LocalDate from = validFrom;
        management.saveDraft(id, card.draftVersion(), form.content());
        reload();
        try {
            management.publish(id, from);
        } catch (PieturaException refused) {
            PrimeFaces.current().executeScript("PF('publishDialog').hide()");
            throw refused;
        }
        int published = card.number();
        reload();
        FacesMessages.info("services.published", published, from);
        PrimeFaces.current().executeScript("PF('publishDialog').hide()");
    }

    @FormAction
    public void startNewVersion() {
        management.startNewVersion(id);
        reload();
        FacesMessages.info("services.newVersionStarted", card.number());
    }

    @FormAction
    public void discardDraft() throws IOException {
        boolean deletesService = versions.stream().allMatch(v -> v.state() == VersionState.DRAFT);
        management.discardDraft(id);
        if (deletesService) {
            FacesMessages.info("services.deleted", card.code());
            FacesMessages.keepForRedirect();
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/services/list");
            return;
        }
        reload();
        FacesMessages.info("services.draftDiscarded");
    }

    @FormAction
    public void withdraw() {
        management.withdraw(id, withdrawOn);
        reload();
        FacesMessages.info("services.withdrawn", withdrawOn);
        PrimeFaces.current().executeScript("PF('withdrawDialog').hide()");
    }

    @FormAction
    public void saveCentres() {
        management.offerAt(id, new java.util.HashSet<>(centreIds));
        reload();
        FacesMessages.info("saved");
    }

    @FormAction
    public void saveRetention() {
        management.keepCasesFor(id, retentionYears);
        reload();
        FacesMessages.info("saved");
    }

    public ServiceManagement.Retention getRetention() {
        return retention;
    }

    public Integer getRetentionYears() {
        return retentionYears;
    }

    public void setRetentionYears(Integer retentionYears) {
        this.retentionYears = retentionYears;
    }

    public void chooseTemplateFor(ServiceForm.DocumentRow row) {
        uploadTarget = row;
    }

    @FormAction
    public void uploadTemplate(FileUploadEvent event) throws IOException {
        try (InputStream in = event.getFile().getInputStream()) {
            FileRef stored = management.uploadTemplate(event.getFile().getFileName(), in);
            uploadTarget.attach(stored.id(), stored.name());
        }
        FacesMessages.info("services.templateUploaded", event.getFile().getFileName());
        PrimeFaces.current().executeScript("PF('templateDialog').hide()");
    }

    public void removeTemplate(ServiceForm.DocumentRow row) {
        row.attach(null, null);
    }

    @FormAction
    public void showVersion(int number) {
        shownVersion = management.version(id, number);
    }

    public List<AuditEventView> getChanges() {
        if (changes == null) {
            changes = management.changes(id);
        }
        return changes;
    }

    public List<CentreView> getAllCentres() {
        if (allCentres == null) {
            allCentres = publicDirectory.openCentres();
        }
        return allCentres;
    }

    /** Services in the published catalogue this one may point to. */
    public List<ServiceSummary> getRelatable() {
        if (relatable == null) {
            relatable = directory.search(ServiceFilter.none(), PageRequest.of(0, PageRequest.MAX_SIZE)).rows().stream()
                    .filter(s -> card == null || !s.code().equals(card.code()))
                    .toList();
        }
        return relatable;
    }

    public boolean isEditable() {
        return card != null && card.isDraft();
    }

    public boolean isWithdrawable() {
        return card != null && card.status() == ServiceStatus.PUBLISHED;
    }

    public Recipients[] getRecipientsValues() {
        return Recipients.values();
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public DeadlineKind[] getDeadlineKinds() {
        return DeadlineKind.values();
    }

    public FieldType[] getFieldTypes() {
        return FieldType.values();
    }

    public String getId() {
        return idParameter;
    }

    public void setId(String id) {
        this.idParameter = id;
    }

    public ServiceCard getCard() {
        return card;
    }

    public ServiceForm getForm() {
        return form;
    }

    public List<VersionInfo> getVersions() {
        return versions;
    }

    public List<Long> getCentreIds() {
        return centreIds;
    }

    public void setCentreIds(List<Long> centreIds) {
        this.centreIds = centreIds == null ? new ArrayList<>() : centreIds;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getWithdrawOn() {
        return withdrawOn;
    }

    public void setWithdrawOn(LocalDate withdrawOn) {
        this.withdrawOn = withdrawOn;
    }

    public ServiceCard getShownVersion() {
        return shownVersion;
    }
}
