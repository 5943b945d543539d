/** A person's request for their data, answered by the institution's data protection officer. */
package lv.pietura.web.privacy;
