package lv.pietura.web.faces;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** A file sent with a form through the platform's own {@code h:inputFile} (a native, labelled file field). */
public final class Uploads {

    private Uploads() {}

    /** The file's bytes; the caller has checked its size against what it accepts. */
    public static byte[] bytes(Part file) {
        try (InputStream in = file.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The uploaded file could not be read", e);
        }
    }
}
