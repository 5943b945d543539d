/**
 * Service cases (Cabinet Regulation No. 401 on the one-stop shop, No. 399 on service accounting): a
 * client consultant in any centre registers a consultation or an application for any institution's
 * service; the holder's specialists take, suspend, extend, forward, complete or refuse it against
 * working-day deadlines. {@link lv.pietura.cases.ServiceCase} carries every rule of its life and writes
 * a {@link lv.pietura.cases.CaseEvent} for each step, which is what the figures are built from. A case
 * keeps the service version it was registered under.
 */
package lv.pietura.cases;
