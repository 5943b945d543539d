package lv.pietura.audit;

/**
 * Whose audit events the caller may read. Implemented by the organisation area, which knows the
 * caller, so that this area depends on nothing above it.
 */
public interface AuditVisibility {

    /** The one institution whose events the caller may read, or {@code null} for all. */
    Long visibleInstitutionId();

    /** The caller's own institution, as the audit names who acted. */
    Long ownInstitutionId();
}
