/**
 * The one store of files (form templates now; attachments and documents later): each file is kept once,
 * under its SHA-256, however many records refer to it; written and read as streams; its type is told
 * from its content, and its hash is checked again on the way out.
 */
package lv.pietura.files;
