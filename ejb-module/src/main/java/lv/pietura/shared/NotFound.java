package lv.pietura.shared;

import jakarta.ejb.ApplicationException;

/**
 * The record does not exist or lies outside the caller's institution. Both are answered alike, so a
 * caller cannot learn that another institution's record exists.
 */
@ApplicationException(rollback = true)
public class NotFound extends PieturaException {

    public NotFound(String what, Object id) {
        super("notFound", what, id);
    }
}
