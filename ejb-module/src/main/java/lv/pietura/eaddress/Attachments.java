package lv.pietura.eaddress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.List;
import lv.pietura.files.FileKinds;
import lv.pietura.files.FileRef;
import lv.pietura.files.FileStore;
import lv.pietura.shared.RuleViolation;

/** The files of a message being written, for every sender: stored as uploaded, then named as sent. */
@ApplicationScoped
class Attachments {

    static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    @Inject
    FileStore files;

    /** Stores a file for a message about to be sent: checked by content, at most 10 MB. */
    FileRef upload(String fileName, InputStream content) {
        FileRef stored = files.store(content, fileName, MAX_FILE_BYTES, FileKinds.CASE_DOCUMENTS);
        return new FileRef(stored.sha256(), stored.size(), stored.mediaType(), fileName);
    }

    /** The files a sender names, as the store knows them (size and type), under the names given. */
    List<FileRef> stored(List<FileRef> attached) {
        return (attached == null ? List.<FileRef>of() : attached).stream()
                .map(f -> files.find(f.sha256()).map(s -> new FileRef(s.sha256(), s.size(), s.mediaType(), f.name()))
                        .orElseThrow(() -> RuleViolation.ofField("files", "eaddress.file.unknown")))
                .toList();
    }
}
