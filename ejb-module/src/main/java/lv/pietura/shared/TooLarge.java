package lv.pietura.shared;

import jakarta.ejb.ApplicationException;

/**
 * A request body, or a file in it, larger than what its purpose accepts (HTTP 413 in the API). Thrown
 * while the body is being read, so no more of it is read.
 */
@ApplicationException(rollback = true)
public class TooLarge extends PieturaException {

    private static final long serialVersionUID = 1L;

    /** @param limit the size accepted, as people read it ("10 MB", "64 KB") */
    public TooLarge(String limit) {
        super("request.tooLarge", limit);
    }

    /** A size in bytes as people read it: whole megabytes or kilobytes. */
    public static String readable(long bytes) {
        return bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0
                ? bytes / (1024 * 1024) + " MB"
                : bytes >= 1024 ? bytes / 1024 + " KB" : bytes + " B";
    }
}
