package lv.pietura.eaddress;

/** Where a message is on its way to one recipient. */
public enum DeliveryStatus {
    /** Stored with the message, waiting for the worker. */
    CREATED,
    /** The worker is handing it over; a failure sends it back to wait for the next attempt. */
    SENDING,
    DELIVERED,
    /** Given up after the last attempt, with the reason. */
    FAILED
}
