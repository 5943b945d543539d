/**
 * User support: a staff member files a request for help from any page (the page, what they did, a screenshot or
 * file, the case it is about when they may see it); the platform's administrators, or first the administrators of the
 * requester's institution, answer it, ask back and close it, and the requester replies; each step is mailed to the
 * requester. Answers worth keeping become frequently asked questions that the pages' help shows. The figures: how
 * many requests came and how long the first response took. Above every business area; it reads them (a case's number,
 * a staff account's e-mail) and changes none.
 */
package lv.pietura.support;
