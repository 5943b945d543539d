/**
 * Value objects and mechanisms every business area shares: identifiers that validate themselves
 * ({@link lv.pietura.shared.RegistrationNumber}), the typed exception family the UI and the API turn
 * into localised messages ({@link lv.pietura.shared.PieturaException}), paging, and the clock.
 * Nothing here depends on a business area.
 */
package lv.pietura.shared;
