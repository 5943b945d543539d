package lv.pietura.cases;

import static lv.pietura.shared.RoleNames.CLERK;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import lv.pietura.catalogue.Service;
import lv.pietura.catalogue.ServiceVersion;
import lv.pietura.files.FileRef;
import lv.pietura.organisation.Caller;
import lv.pietura.organisation.Centre;
import lv.pietura.organisation.Institution;
import lv.pietura.shared.AccessDenied;
import lv.pietura.shared.RuleViolation;

/**
 * A client consultant registers a client's consultation or application in their centre, for any
 * institution's service the centre offers (the minimum basket, and the services offered there).
 */
@Stateless
@RolesAllowed(CLERK)
public class CaseRegistration {

    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    @Inject
    Registrar registrar;

    @Inject
    Steps steps;

    @Inject
    CaseFiles files;

    @PersistenceContext
    EntityManager em;

    /** Stores a scan or document for a case about to be registered; checked by content, at most 10 MB. */
    public FileRef upload(String fileName, InputStream content) {
        return files.store(content, fileName, steps.caller().fileOwner());
    }

    /**
     * Registers the case in the caller's centre under the service version in force today and routes it
     * to the holder (or closes a consultation answered on the spot).
     */
    public CaseRef register(NewCase given) {
        Caller caller = steps.caller();
        if (caller.centreId() == null) {
            throw new AccessDenied("case.register.noCentre");
        }
        Centre centre = em.find(Centre.class, caller.centreId());
        CaseStep step = steps.ofCaller();
        ServiceVersion version = registrar.versionInForce(given.serviceCode(), step);
        Service service = version.service();
        if (!service.inMinimumBasket() && !service.offeredAt().contains(centre)) {
            throw RuleViolation.ofField(
                    "serviceCode", "case.service.notOfferedAtCentre", service.code(), centre.name());
        }
        ServiceCase registered = ServiceCase.register(
                registrar.withClaimedFiles(given, caller),
                version,
                em.find(Institution.class, caller.institutionId()),
                centre,
                step);
        return registrar.store(registered, caller);
    }
}
