/**
 * The web tier: Faces pages and their backing beans, and the REST API under {@code api}. It mirrors the
 * business areas of the EJB module and reaches data only through their facades; it holds no rule
 * and filters nothing by institution on its own.
 */
package lv.pietura.web;
