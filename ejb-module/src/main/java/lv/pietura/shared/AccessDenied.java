package lv.pietura.shared;

import jakarta.ejb.ApplicationException;

/** The caller may not do this, whatever the data (HTTP 403). */
@ApplicationException(rollback = true)
public class AccessDenied extends PieturaException {

    public AccessDenied(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
