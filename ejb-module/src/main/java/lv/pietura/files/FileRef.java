package lv.pietura.files;

import java.io.Serializable;

/**
 * A stored file as a record refers to it: the handle's unguessable {@code id} (what requests name and links
 * carry), the content's hash, size and type (the store's, never what a caller claims), and the name it goes by.
 */
public record FileRef(String id, String sha256, long size, String mediaType, String name) implements Serializable {

    /** A file a request names by its handle, under the name the sender wants it to have. */
    public static FileRef named(String id, String name) {
        return new FileRef(id, null, 0, null, name);
    }

    /** The same file under another name. */
    public FileRef renamed(String newName) {
        return new FileRef(id, sha256, size, mediaType, newName);
    }
}
