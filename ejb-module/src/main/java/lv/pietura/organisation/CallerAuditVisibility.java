package lv.pietura.organisation;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import lv.pietura.audit.AuditVisibility;

/** The audit trail's view of the caller: their own institution, or everything for platform administrators. */
@Dependent
class CallerAuditVisibility implements AuditVisibility {

    @Inject
    CallerContext callers;

    @Override
    public Long visibleInstitutionId() {
        return callers.current().changeScope().institutionId();
    }

    @Override
    public Long ownInstitutionId() {
        return callers.current().institutionId();
    }
}
