package lv.pietura.shared;

import java.io.Serializable;
import java.time.Instant;

/**
 * Where a newest-first list stopped: the time and the key of the last row shown. The next slice starts
 * strictly after it, so rows arriving meanwhile neither repeat nor push rows off the page (keyset paging).
 *
 * @param key the row's id, a {@link Long} or a {@link String}
 */
public record Cursor(Instant at, Serializable key) implements Serializable {}
