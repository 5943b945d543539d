/**
 * What every page shares in Jakarta Faces: showing a facade's refusal as localised messages
 * ({@link lv.pietura.web.faces.FacesMessages}, {@link lv.pietura.web.faces.FormAction}), Latvian formats
 * of dates and numbers, lazy and keyset-paged table models, and reading records in EL.
 */
package lv.pietura.web.faces;
