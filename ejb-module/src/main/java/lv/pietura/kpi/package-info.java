/**
 * Performance indicators: the daily figures of cases (from their events) and of the e-address (from
 * messages and deliveries), built inside the database by a nightly Jakarta Batch job; the dashboards of
 * each role's scope; the supervising ministry's monthly and yearly report (a second job), sent from
 * Pietura's own e-address. It reads what the areas recorded and no other area calls it.
 */
package lv.pietura.kpi;
