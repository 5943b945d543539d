package lv.pietura.it.support;

import java.util.Base64;

/** Files the tests upload, the same for the in-container and the browser tests. */
public final class TestFiles {

    /** A PNG of one pixel: a screenshot as small as one can be. */
    public static final byte[] PNG = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private TestFiles() {}
}
