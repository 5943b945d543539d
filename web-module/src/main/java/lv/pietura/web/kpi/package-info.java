/**
 * The indicators: the dashboards of each role's scope with their charts and exports, the ministry's
 * monthly and yearly reports for download, and the platform administrators' control of the nightly jobs,
 * through the kpi facades ({@code Dashboards}, {@code Reports}, {@code KpiOperations}).
 */
package lv.pietura.web.kpi;
