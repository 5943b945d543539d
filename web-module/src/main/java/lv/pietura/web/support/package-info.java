/**
 * User support's pages: filing a request from any page ({@code /support/new}), one's own requests and support's queue
 * with its figures ({@code /support/requests}), a request's thread ({@code /support/request}), and the frequently
 * asked questions ({@code /support/faq}); the pages' help shows the questions about each page.
 */
package lv.pietura.web.support;
