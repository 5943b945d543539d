package lv.pietura.catalogue;

/** Ways a service is requested and its result delivered. */
public enum Channel {
    IN_PERSON,
    E_SERVICE,
    E_ADDRESS,
    EMAIL,
    POST,
    PHONE
}
