package lv.pietura.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.List;
import lv.pietura.files.FileKinds;
import lv.pietura.files.FileOwner;
import lv.pietura.files.FilePurpose;
import lv.pietura.files.FileRef;
import lv.pietura.files.FileStore;

/**
 * A case's documents in the file store, for whoever brings them (a consultant registering, a specialist's
 * result, a portal's submission, the demo data): stored checked by content, at most
 * {@link CaseRegistration#MAX_FILE_BYTES}, their owner holding the handle; named later only by that owner.
 */
@ApplicationScoped
public class CaseFiles {

    @Inject
    FileStore files;

    /** Stores a scan or document for a case; {@code owner} holds its handle. */
    public FileRef store(InputStream content, String fileName, FileOwner owner) {
        return files.store(
                content,
                fileName,
                CaseRegistration.MAX_FILE_BYTES,
                FileKinds.CASE_DOCUMENTS,
                FilePurpose.CASE_DOCUMENT,
                owner);
    }

    /** The case documents {@code owner} names by handle; anyone else's is refused as one that does not exist. */
    List<FileRef> claim(List<FileRef> named, FileOwner owner, String field) {
        return files.claim(named, FilePurpose.CASE_DOCUMENT, owner, field);
    }
}
