package lv.pietura.shared;

import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An official electronic address as senders name it: a person's is their personal code (with or without its
 * hyphen); a company's or an institution's is its default mailbox, {@code _DEFAULT@} and its registration
 * number. Reading one never asks the database: a text that cannot be an address is none.
 *
 * @param person     whether it is a person's address
 * @param identifier the personal code, or the registration number (Pietura's own mailbox has a name of its
 *     own, which nobody can write to)
 */
public record EAddress(boolean person, String identifier) implements Serializable {

    private static final String DEFAULT_MAILBOX = "_DEFAULT@";
    private static final Pattern ORGANISATION = Pattern.compile("_DEFAULT@(\\d{11})");
    private static final Pattern PERSON = Pattern.compile("(\\d{6})-?(\\d{5})");

    public EAddress {
        if (identifier == null || !identifier.matches(person ? "\\d{11}" : "[0-9A-Z]{1,20}")) {
            throw new IllegalArgumentException("an e-address names a personal code or a body's identifier");
        }
    }

    /** The address a text names, or none. */
    public static Optional<EAddress> parse(String text) {
        String clean = text == null ? "" : text.strip();
        Matcher organisation = ORGANISATION.matcher(clean.toUpperCase(Locale.ROOT));
        if (organisation.matches()) {
            return Optional.of(new EAddress(false, organisation.group(1)));
        }
        Matcher person = PERSON.matcher(clean);
        return person.matches() ? Optional.of(new EAddress(true, person.group(1) + person.group(2))) : Optional.empty();
    }

    /** Whether a text names an e-address (rather than, say, a staff user name). */
    public static boolean isOne(String text) {
        return parse(text).isPresent();
    }

    /** The default mailbox of a company or an institution. */
    public static EAddress of(RegistrationNumber number) {
        return new EAddress(false, number.value());
    }

    /** A person's address. */
    public static EAddress of(PersonalCode code) {
        return new EAddress(true, code.value());
    }

    /** As the national system writes it: {@code _DEFAULT@<number>} or the personal code. */
    public String written() {
        return person ? identifier : DEFAULT_MAILBOX + identifier;
    }

    /** As people read it: a personal code with its hyphen, otherwise {@link #written()}. */
    public String displayed() {
        return person ? identifier.substring(0, 6) + "-" + identifier.substring(6) : written();
    }

    /** Who it belongs to as people write it: the personal code with its hyphen, or the registration number. */
    public String holder() {
        return person ? displayed() : identifier;
    }

    @Override
    public String toString() {
        return written();
    }
}
