/**
 * A person's rights over their data (GDPR): the institution's data protection officer answers a person's request
 * for their data (art. 15) with an export of what the institution holds about them in Pietura — its cases of the
 * person, the e-address messages between them, and who of its staff used the person's data. Above every business
 * area, which it reads and none of which it changes.
 */
package lv.pietura.privacy;
