/**
 * A person's rights over their data (GDPR): the institution's data protection officer answers a person's request
 * for their data (art. 15) with an export of what the institution holds about them in Pietura — its cases of the
 * person, the e-address messages between them, and who of its staff used the person's data. And data kept no longer
 * than the law allows (art. 5): the nightly retention job erases the personal data of the cases whose retention
 * period is over (their documents and messages with it) and removes the files nothing refers to any more. Above every
 * business area, which it reads, and changes only through their own aggregates.
 */
package lv.pietura.privacy;
