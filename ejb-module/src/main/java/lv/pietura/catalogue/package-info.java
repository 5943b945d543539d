/**
 * Service catalogue (Cabinet Regulation No. 399): what each institution's services are, modelled on a
 * national catalogue card (basic information, legal basis, process steps, documents and forms, fees,
 * channels) and on open case-type models (legal deadline, service norm, suspension and extension rules,
 * result types), plus the intake form clerks fill in. A {@link lv.pietura.catalogue.Service} keeps its
 * identity; its content lives in {@link lv.pietura.catalogue.ServiceVersion}s: a draft is edited freely,
 * a published version never changes, and a change is a new version with a valid-from date.
 */
package lv.pietura.catalogue;
