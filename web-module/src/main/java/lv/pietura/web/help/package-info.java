/**
 * Help inside the application: the short help of every page under its title ({@link lv.pietura.web.help.PageHelp}) and
 * the staff's release notes, "what's new" ({@link lv.pietura.web.help.WhatsNew}).
 */
package lv.pietura.web.help;
