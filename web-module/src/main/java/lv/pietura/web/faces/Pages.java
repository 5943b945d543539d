package lv.pietura.web.faces;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Answers for pages that cannot be shown. */
public final class Pages {

    private Pages() {
    }

    /** The requested record does not exist (or is not the caller's): a 404 page, not an error. */
    public static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
