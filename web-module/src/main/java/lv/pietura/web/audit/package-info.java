/**
 * The audit trail for those entitled to read it ({@code /audit/events}): filters, paging and the check
 * of the hash chain, through the audit area's {@code AuditTrail}; every read of a person's data shows here.
 */
package lv.pietura.web.audit;
