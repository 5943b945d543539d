package lv.pietura.catalogue;

import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Pattern;
import lv.pietura.shared.RuleViolation;

/**
 * The stable code of a service, unique in the installation and never changed: cases, reports and
 * harvesting portals refer to it. Latin capitals, digits and hyphens, 3 to 40 characters.
 */
public final class ServiceCode implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern FORMAT = Pattern.compile("^[A-Z0-9][A-Z0-9-]{2,39}$");

    private final String value;

    private ServiceCode(String value) {
        this.value = value;
    }

    public static ServiceCode of(String text) {
        String code = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        if (!FORMAT.matcher(code).matches()) {
            throw RuleViolation.ofField("code", "service.code.format", text == null ? "" : text);
        }
        return new ServiceCode(code);
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ServiceCode that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
