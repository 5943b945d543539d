package lv.pietura.web.faces;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import lv.pietura.shared.NotFound;

/** Answers for pages that cannot be shown. */
public final class Pages {

    private Pages() {}

    /**
     * Loads the record a page's {@code id} parameter names; an id that is no number, or names no record the
     * caller may see, answers 404.
     */
    public static void loadById(String parameter, java.util.function.LongConsumer load) {
        try {
            load.accept(Long.parseLong(parameter == null ? "" : parameter.strip()));
        } catch (NumberFormatException | NotFound e) {
            notFound();
        }
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
