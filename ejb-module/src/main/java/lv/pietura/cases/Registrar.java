package lv.pietura.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import lv.pietura.audit.AuditAction;
import lv.pietura.audit.AuditLog;
import lv.pietura.catalogue.Service;
import lv.pietura.catalogue.ServiceVersion;
import lv.pietura.files.FileRef;
import lv.pietura.organisation.Caller;
import lv.pietura.shared.Checks;
import lv.pietura.shared.RuleViolation;

/** What registering a case takes, wherever it comes from (a centre, a portal): one place for each rule. */
@ApplicationScoped
class Registrar {

    static final String ENTITY = "ServiceCase";

    @Inject
    CaseRepository cases;

    @Inject
    CaseFiles files;

    @Inject
    AuditLog audit;

    @Inject
    Event<CaseRegistered> registeredCases;

    @Inject
    Event<CaseClosed> closedCases;

    @PersistenceContext
    EntityManager em;

    CaseRef store(ServiceCase registered, Caller caller) {
        cases.store(registered);
        em.flush();
        audit.record(
                caller.actor(),
                AuditAction.CREATE,
                ENTITY,
                registered.id(),
                registered.handlingInstitution().id(),
                registered.number() + " " + registered.type() + " "
                        + registered.service().code());
        registeredCases.fire(new CaseRegistered(
                registered.id(),
                registered.number(),
                registered.type(),
                registered.client().kind(),
                registered.client().code()));
        if (!registered.state().open()) {
            closedCases.fire(CaseClosed.of(registered));
        }
        return new CaseRef(registered.id(), registered.number());
    }

    /** The service's version in force today, or a refusal on the service field. */
    ServiceVersion versionInForce(String code, CaseStep step) {
        String clean = Checks.clean(code);
        if (clean == null) {
            throw RuleViolation.ofField("serviceCode", "required");
        }
        Service service = cases.serviceWithCode(clean.toUpperCase())
                .orElseThrow(() -> RuleViolation.ofField("serviceCode", "case.service.unknown", clean));
        return service.versionInForceOn(step.today())
                .orElseThrow(() -> RuleViolation.ofField("serviceCode", "case.service.notInForce", service.code()));
    }

    /**
     * The attachments as the file store knows them: each named by a handle the caller holds for a case document
     * (uploaded by them, or given them for a file they could open); its size and type are the store's, not what
     * the caller claims. Anyone else's file is refused as if it did not exist.
     */
    NewCase withClaimedFiles(NewCase given, Caller caller) {
        List<NewCase.Attachment> attachments = new ArrayList<>();
        for (NewCase.Attachment attachment : given.attachments()) {
            FileRef claimed = files.claim(
                            Collections.singletonList(attachment.file()), caller.fileOwner(), "attachments")
                    .get(0);
            attachments.add(new NewCase.Attachment(claimed, attachment.fieldCode()));
        }
        return given.with(attachments, false);
    }
}
