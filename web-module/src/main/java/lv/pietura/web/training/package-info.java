/** The training sandbox's pages: the trainer's page and the mark every trainee's page carries. */
package lv.pietura.web.training;
