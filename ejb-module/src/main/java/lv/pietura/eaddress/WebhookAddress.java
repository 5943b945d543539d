package lv.pietura.eaddress;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import lv.pietura.shared.RuleViolation;

/**
 * The rules of a webhook's address: HTTPS, a host and nothing a browser would not send (no user or password in
 * it, no fragment), at most {@link #LONGEST} characters, and not Pietura itself: neither its public address
 * ({@code pietura.baseUrl}) nor, unless the installation allows private addresses (its tests do), an address
 * of the loopback, a private network, a link-local one or one of this server's own network interfaces (a
 * webhook must not make the server call itself or what stands beside it).
 */
final class WebhookAddress {

    static final int LONGEST = 500;

    private WebhookAddress() {}

    /** The address, cleaned; refused with the reason (a message key on the field {@code url}). */
    static String check(String text, URI publicAddress, boolean privateAllowed) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            throw RuleViolation.ofField("url", "webhook.url.missing");
        }
        if (clean.length() > LONGEST) {
            throw RuleViolation.ofField("url", "webhook.url.tooLong", LONGEST);
        }
        URI uri;
        try {
            uri = new URI(clean);
        } catch (URISyntaxException e) {
            throw RuleViolation.ofField("url", "webhook.url.invalid");
        }
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            throw RuleViolation.ofField("url", "webhook.url.https");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw RuleViolation.ofField("url", "webhook.url.invalid");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (publicAddress != null
                && publicAddress.getHost() != null
                && host.equals(publicAddress.getHost().toLowerCase(Locale.ROOT))) {
            throw RuleViolation.ofField("url", "webhook.url.self");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw RuleViolation.ofField("url", "webhook.url.unknownHost", host);
        }
        if (!privateAllowed) {
            for (InetAddress address : addresses) {
                if (address.isLoopbackAddress()
                        || address.isAnyLocalAddress()
                        || address.isLinkLocalAddress()
                        || address.isSiteLocalAddress()
                        || ownInterface(address)) {
                    throw RuleViolation.ofField("url", "webhook.url.self");
                }
            }
        }
        return uri.toString();
    }

    private static boolean ownInterface(InetAddress address) {
        try {
            return NetworkInterface.getByInetAddress(address) != null;
        } catch (SocketException e) {
            return true;
        }
    }
}
