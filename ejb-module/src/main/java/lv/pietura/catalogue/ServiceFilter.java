package lv.pietura.catalogue;

import java.io.Serializable;

/** Filters of service lists; {@code null} means "any". {@code text} matches every word in name or description. */
public record ServiceFilter(
        String text, Long holderId, Channel channel, Boolean basket, Long centreId, ServiceStatus status)
        implements Serializable {

    public static ServiceFilter none() {
        return new ServiceFilter(null, null, null, null, null, null);
    }

    public static ServiceFilter text(String text) {
        return new ServiceFilter(text, null, null, null, null, null);
    }
}
