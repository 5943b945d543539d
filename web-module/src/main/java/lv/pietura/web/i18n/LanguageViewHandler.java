package lv.pietura.web.i18n;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * A new view speaks the user's language ({@link Language}) from its start, not only once {@code f:view} renders:
 * so that what a page's {@code f:viewAction} says (a confirmation link opened, a message read) is in the language
 * the page is shown in, not in the browser's.
 */
public class LanguageViewHandler extends ViewHandlerWrapper {

    public LanguageViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return CDI.current().select(Language.class).get().getLocale();
    }
}
