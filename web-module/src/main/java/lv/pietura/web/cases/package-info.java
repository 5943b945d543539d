/**
 * The front desk and the holder's worklists: registering a consultation or application (with its intake
 * form and scanned files), a client's history across institutions, the case page with the steps the
 * caller may take, the worklists with their XLSX export, and the client's rating page. Every read and
 * step goes through the cases facades ({@code Registrar}, {@code CaseQueries}, {@code CaseHandling}).
 */
package lv.pietura.web.cases;
