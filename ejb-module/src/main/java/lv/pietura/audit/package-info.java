/**
 * Audit trail: an append-only record of every change and of every view of a person's data (when, who,
 * for which institution, what, which record, from which address). {@link lv.pietura.audit.AuditLog}
 * writes in the transaction of the change it records, so a change never exists without its record and
 * a record never exists for a change that rolled back. Sits below every business area.
 */
package lv.pietura.audit;
