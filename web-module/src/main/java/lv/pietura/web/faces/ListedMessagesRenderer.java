package lv.pietura.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' messages with each message an ordinary list item. PrimeFaces 15.0 gives every {@code <li>}
 * {@code role="alert"}, which takes it out of its list (WCAG 1.3.1; axe-core's {@code list} rule; fixed upstream
 * after 15.0.13, primefaces#14864). The container stays a live region ({@code aria-live}), so a screen reader
 * still announces what the page says after an action.
 */
public class ListedMessagesRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessage(
            ResponseWriter writer, Messages messages, FacesMessage message, String severity, boolean escape)
            throws IOException {
        super.encodeMessage(new ListItems(writer), messages, message, severity, escape);
    }

    /** Writes everything but a list item's role and atomicity. */
    private static final class ListItems extends ResponseWriterWrapper {

        private boolean inItem;

        ListItems(ResponseWriter writer) {
            super(writer);
        }

        @Override
        public void startElement(String name, UIComponent component) throws IOException {
            inItem = "li".equals(name);
            super.startElement(name, component);
        }

        @Override
        public void writeAttribute(String name, Object value, String property) throws IOException {
            if (inItem && ("role".equals(name) || "aria-atomic".equals(name))) {
                return;
            }
            super.writeAttribute(name, value, property);
        }
    }
}
