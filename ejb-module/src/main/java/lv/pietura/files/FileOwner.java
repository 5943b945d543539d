package lv.pietura.files;

import java.io.Serializable;

/**
 * Who holds a handle to a file: the staff member (user name) or e-address holder (address) who stored it, or
 * was given it, and their institution; {@link #SYSTEM} for what Pietura makes itself (reports, results).
 */
public record FileOwner(String name, Long institutionId) implements Serializable {

    public static final FileOwner SYSTEM = new FileOwner("pietura", null);

    public static FileOwner of(String name, Long institutionId) {
        return new FileOwner(name, institutionId);
    }
}
