/**
 * The one store of files (case documents, message files, form templates, reports): each file is kept once,
 * under its SHA-256, however many records refer to it; written and read as streams; its type is told from
 * its content, and its hash is checked again on the way out. What requests and pages name is never the hash
 * but a {@link lv.pietura.files.FileHandle}: an unguessable id that one owner holds for one purpose. A request
 * may name only a handle its caller holds ({@link lv.pietura.files.FileStore#claim}); a file the caller can
 * already open elsewhere is reused through a handle of their own ({@link lv.pietura.files.FileStore#grant}).
 */
package lv.pietura.files;
