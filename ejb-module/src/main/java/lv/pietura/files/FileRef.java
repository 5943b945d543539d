package lv.pietura.files;

import java.io.Serializable;

/** A stored file as a record refers to it: the content's hash, size and type, and the name it came with. */
public record FileRef(String sha256, long size, String mediaType, String name) implements Serializable {
}
