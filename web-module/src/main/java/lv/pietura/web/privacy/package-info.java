/** A person's request for their data, answered by the institution's data protection officer; the retention job's runs. */
package lv.pietura.web.privacy;
