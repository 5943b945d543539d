package lv.pietura.catalogue;

/** Where a service stands today, as lists show it. */
public enum ServiceStatus {
    /** Never published. */
    DRAFT,
    /** A version is in force. */
    PUBLISHED,
    /** Published, but its first version comes into force later. */
    SCHEDULED,
    WITHDRAWN
}
