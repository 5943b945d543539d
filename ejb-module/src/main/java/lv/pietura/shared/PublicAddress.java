package lv.pietura.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Pietura's address as the public reaches it ({@code pietura.baseUrl}), the one source of every absolute
 * link: in mail, rating links, the single sign-on return address, the catalogue's linked data and the
 * API's {@code Location} headers. Never taken from a request: its {@code Host} header is whatever the
 * client chose to send.
 */
@ApplicationScoped
public class PublicAddress {

    @Inject
    @ConfigProperty(name = "pietura.baseUrl", defaultValue = "http://localhost:8080/pietura")
    String baseUrl;

    /** The application's address, without a trailing slash: {@code https://pietura.example.lv/pietura}. */
    public String base() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** An address within the application; {@code path} starts with a slash: {@code /rate}. */
    public String of(String path) {
        return base() + path;
    }
}
