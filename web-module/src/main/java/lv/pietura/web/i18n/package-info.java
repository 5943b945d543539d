/**
 * The language of the pages (Latvian by default, English on request, kept in a cookie) and localised
 * text outside the views from the page and rule bundles; dates as Latvians write them.
 */
package lv.pietura.web.i18n;
