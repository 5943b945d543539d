package lv.pietura.eaddress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.List;
import lv.pietura.files.FileKinds;
import lv.pietura.files.FileOwner;
import lv.pietura.files.FilePurpose;
import lv.pietura.files.FileRef;
import lv.pietura.files.FileStore;

/** The files of a message being written, for every sender: stored as uploaded, then named as sent. */
@ApplicationScoped
class Attachments {

    static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    @Inject
    FileStore files;

    /** Stores a file for a message about to be sent: checked by content, at most 10 MB; its sender holds its handle. */
    FileRef upload(String fileName, InputStream content, FileOwner sender) {
        return files.store(
                content, fileName, MAX_FILE_BYTES, FileKinds.CASE_DOCUMENTS, FilePurpose.MESSAGE_FILE, sender);
    }

    /**
     * The files a sender names, by handles the sender holds for a message (uploaded, or given for a file they
     * could open), under the names given: anyone else's is refused as a file that does not exist.
     */
    List<FileRef> stored(List<FileRef> attached, FileOwner sender) {
        return files.claim(attached, FilePurpose.MESSAGE_FILE, sender, "files");
    }
}
