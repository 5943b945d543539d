package lv.pietura.organisation;

import static lv.pietura.shared.RoleNames.PLATFORM_ADMIN;
import static lv.pietura.shared.RoleNames.STAFF;
import static lv.pietura.shared.RoleNames.SUPERVISOR;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import lv.pietura.audit.AuditAction;
import lv.pietura.audit.AuditLog;
import lv.pietura.audit.Changes;
import lv.pietura.shared.Checks;
import lv.pietura.shared.ConcurrentChange;
import lv.pietura.shared.LocalizedName;
import lv.pietura.shared.Page;
import lv.pietura.shared.PageRequest;
import lv.pietura.shared.RegistrationNumber;
import lv.pietura.shared.RuleViolation;

/** Onboarding of institutions and their agreements to use the system (platform administrators). */
@Stateless
@RolesAllowed(PLATFORM_ADMIN)
public class InstitutionAdministration {

    static final String ENTITY = "Institution";
    static final String AGREEMENT = "Agreement";

    @Inject
    InstitutionRepository institutions;

    @Inject
    CallerContext callers;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    RetentionPolicy retention;

    @PersistenceContext
    EntityManager em;

    @RolesAllowed({PLATFORM_ADMIN, SUPERVISOR})
    public Page<InstitutionView> find(InstitutionFilter filter, PageRequest page) {
        LocalDate today = LocalDate.now(clock);
        return institutions.page(filter, page).map(i -> InstitutionView.of(i, today));
    }

    @RolesAllowed({PLATFORM_ADMIN, SUPERVISOR})
    public InstitutionView get(long id) {
        return InstitutionView.of(institutions.get(id), LocalDate.now(clock));
    }

    /** The caller's own institution, for every signed-in role. */
    @RolesAllowed(STAFF)
    public InstitutionView mine() {
        return InstitutionView.of(institutions.get(callers.current().institutionId()), LocalDate.now(clock));
    }

    public List<Choice> choices() {
        return asChoices(institutions.all());
    }

    /** As {@link #choices()}, with the training sandboxes: the audit trail holds their work too. */
    public List<Choice> choicesWithSandboxes() {
        return asChoices(institutions.withSandboxes());
    }

    public List<Choice> municipalities() {
        return asChoices(institutions.ofKind(InstitutionKind.MUNICIPALITY));
    }

    private static List<Choice> asChoices(List<Institution> list) {
        return list.stream().map(i -> new Choice(i.id(), i.name())).toList();
    }

    public long register(InstitutionDetails details) {
        checkComplete(details);
        RegistrationNumber number = RegistrationNumber.of(details.registrationNumber());
        requireUnique(number, null);
        Institution institution = new Institution(
                LocalizedName.of(details.nameLv(), details.nameEn()), number, details.kind(), details.eAddress());
        institutions.store(institution);
        em.flush();
        audit.record(
                callers.current().actor(),
                AuditAction.CREATE,
                ENTITY,
                institution.id(),
                institution.id(),
                Changes.of()
                        .value("name", institution.name().lv())
                        .value("registrationNumber", number)
                        .value("kind", institution.kind())
                        .value("eAddress", institution.eAddress())
                        .toString());
        return institution.id();
    }

    public void change(long id, int expectedVersion, InstitutionDetails details) {
        Institution institution = institutions.get(id);
        ConcurrentChange.requireVersion(institution.version(), expectedVersion);
        checkComplete(details);
        RegistrationNumber number = RegistrationNumber.of(details.registrationNumber());
        requireUnique(number, id);
        Changes changes = Changes.of();
        LocalizedName name = LocalizedName.of(details.nameLv(), details.nameEn());
        changes.field("nameLv", institution.name().lv(), name.lv())
                .field("nameEn", institution.name().en(), name.en())
                .field("registrationNumber", institution.registrationNumber(), number)
                .field("kind", institution.kind(), details.kind());
        String eAddressBefore = institution.eAddress();
        institution.describe(name, number, details.kind(), details.eAddress());
        changes.field("eAddress", eAddressBefore, institution.eAddress());
        ConcurrentChange.flush(em);
        if (!changes.isEmpty()) {
            audit.record(callers.current().actor(), AuditAction.UPDATE, ENTITY, id, id, changes.toString());
        }
    }

    /** Sets how many years the institution's closed cases are kept where a service sets none; none: the platform's. */
    public void keepCasesFor(long id, Integer years) {
        Institution institution = institutions.get(id);
        retention.check(years, "retentionYears");
        Changes changes = Changes.of().field("retentionYears", institution.retentionYears(), years);
        institution.keepCasesFor(years);
        ConcurrentChange.flush(em); // another administrator's change at the same time is a refusal, not a fault
        if (!changes.isEmpty()) {
            audit.record(callers.current().actor(), AuditAction.UPDATE, ENTITY, id, id, changes.toString());
        }
    }

    /** The platform's retention bounds, for the page that sets an institution's. */
    @RolesAllowed({PLATFORM_ADMIN, SUPERVISOR})
    public RetentionPolicy.Bounds retentionBounds() {
        return retention.bounds();
    }

    public long concludeAgreement(long institutionId, AgreementDetails details) {
        Institution institution = institutions.get(institutionId);
        Agreement agreement = institution.conclude(
                details.number(), details.signedOn(), details.validFrom(), details.validTo(), LocalDate.now(clock));
        ConcurrentChange.flush(em);
        audit.record(
                callers.current().actor(),
                AuditAction.CREATE,
                AGREEMENT,
                agreement.id(),
                institutionId,
                Changes.of()
                        .value("number", agreement.number())
                        .value("signedOn", agreement.signedOn())
                        .value("validFrom", agreement.validFrom())
                        .value("validTo", agreement.validTo())
                        .toString());
        return agreement.id();
    }

    public void endAgreement(long institutionId, long agreementId, LocalDate lastDay) {
        Institution institution = institutions.get(institutionId);
        LocalDate before = institution.agreements().stream()
                .filter(a -> a.id() == agreementId)
                .findFirst()
                .map(Agreement::validTo)
                .orElse(null);
        institution.endAgreement(agreementId, lastDay);
        ConcurrentChange.flush(em);
        audit.record(
                callers.current().actor(),
                AuditAction.UPDATE,
                AGREEMENT,
                agreementId,
                institutionId,
                Changes.of().field("validTo", before, lastDay).toString());
    }

    public Page<AgreementView> agreements(AgreementFilter filter, PageRequest page) {
        LocalDate today = LocalDate.now(clock);
        return institutions.agreements(filter, today, page).map(a -> AgreementView.of(a, today));
    }

    @RolesAllowed({PLATFORM_ADMIN, SUPERVISOR})
    public long countWithoutValidAgreement() {
        return institutions.countWithoutValidAgreement(LocalDate.now(clock));
    }

    private static void checkComplete(InstitutionDetails details) {
        new Checks()
                .of(() -> LocalizedName.of(details.nameLv(), details.nameEn()))
                .of(() -> RegistrationNumber.of(details.registrationNumber()))
                .present("kind", details.kind())
                .throwIfAny();
    }

    private void requireUnique(RegistrationNumber number, Long exceptId) {
        institutions
                .withRegistrationNumber(number)
                .filter(other -> !other.id().equals(exceptId))
                .ifPresent(other -> {
                    throw RuleViolation.ofField(
                            "registrationNumber",
                            "institution.duplicateRegistrationNumber",
                            number.value(),
                            other.name().lv());
                });
    }
}
