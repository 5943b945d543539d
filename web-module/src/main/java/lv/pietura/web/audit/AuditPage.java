package lv.pietura.web.audit;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lv.pietura.audit.AuditAction;
import lv.pietura.audit.AuditEventView;
import lv.pietura.audit.AuditFilter;
import lv.pietura.audit.AuditTrail;
import lv.pietura.organisation.Choice;
import lv.pietura.organisation.InstitutionAdministration;
import lv.pietura.shared.LocalizedName;
import lv.pietura.shared.RoleNames;
import lv.pietura.web.faces.FacesMessages;
import lv.pietura.web.faces.PageModel;
import lv.pietura.web.i18n.Language;
import lv.pietura.web.security.SignedInUser;

/** Search of the audit trail (platform administrators: all; institution administrators: their own). */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AuditTrail trail;

    @EJB
    InstitutionAdministration institutions;

    @Inject
    SignedInUser signedInUser;

    @Inject
    Language language;

    private LocalDate from;
    private LocalDate to;
    private String actor;
    private AuditAction action;
    private String entityType;
    private String entityId;
    private Long institutionId;
    private String subject;
    private List<AuditTrail.CheckView> checks;
    private List<String> entityTypes;
    private List<Choice> institutionChoices;
    private Map<Long, LocalizedName> institutionNames;

    private final PageModel<AuditEventView> model = new PageModel<>(
            page -> trail.find(
                    new AuditFilter(from, to, actor, action, entityType, entityId, institutionId, subject), page),
            AuditEventView::id);

    /** Starts a check of the audit chain; the list of checks shows it when it is done. */
    public void checkChain() {
        trail.checkChain();
        checks = null;
        FacesMessages.info("audit.check.started");
    }

    public List<AuditTrail.CheckView> getChecks() {
        if (checks == null) {
            checks = isPlatformAdmin() ? trail.checks() : List.of();
        }
        return checks;
    }

    /** Reads the list of checks again (the page polls while one is running). */
    public void refreshChecks() {
        checks = null;
    }

    public boolean isCheckRunning() {
        return getChecks().stream().anyMatch(c -> c.finishedAt() == null);
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public boolean isPlatformAdmin() {
        return signedInUser.has(RoleNames.PLATFORM_ADMIN);
    }

    /** The institution's name for an id in the trail (ids of institutions since removed stay ids). */
    public String institution(Long id) {
        if (id == null) {
            return "";
        }
        if (institutionNames == null) {
            institutionNames = isPlatformAdmin()
                    ? getInstitutionChoices().stream().collect(Collectors.toMap(Choice::id, Choice::label))
                    : Map.of(
                            signedInUser.getProfile().institutionId(),
                            signedInUser.getProfile().institutionName());
        }
        LocalizedName name = institutionNames.get(id);
        return name == null ? "#" + id : name.in(language.getLocale());
    }

    public List<Choice> getInstitutionChoices() {
        if (institutionChoices == null) {
            institutionChoices = isPlatformAdmin() ? institutions.choicesWithSandboxes() : List.of();
        }
        return institutionChoices;
    }

    public List<String> getEntityTypes() {
        if (entityTypes == null) {
            entityTypes = trail.entityTypes();
        }
        return entityTypes;
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public PageModel<AuditEventView> getModel() {
        return model;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public void setEntityId(String entityId) {
        this.entityId = entityId;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public void setInstitutionId(Long institutionId) {
        this.institutionId = institutionId;
    }
}
