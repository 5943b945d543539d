/**
 * The REST API under {@code /pietura/api/}, described by the server's OpenAPI document at
 * {@code /openapi}. Refusals of the facades are answered as RFC 9457 problem details in the language of
 * the request's {@code Accept-Language} (Latvian by default).
 */
package lv.pietura.web.api;
