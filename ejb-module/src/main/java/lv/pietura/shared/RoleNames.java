package lv.pietura.shared;

/**
 * The security role names, as compile-time constants for {@code @RolesAllowed} in every area. What
 * each role may do is described on {@code lv.pietura.organisation.Role}.
 */
public final class RoleNames {

    public static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";
    public static final String INSTITUTION_ADMIN = "INSTITUTION_ADMIN";
    public static final String SERVICE_MANAGER = "SERVICE_MANAGER";
    public static final String CLERK = "CLERK";
    public static final String SPECIALIST = "SPECIALIST";
    public static final String SUPERVISOR = "SUPERVISOR";
    public static final String DATA_PROTECTION_OFFICER = "DATA_PROTECTION_OFFICER";
    public static final String PORTAL = "PORTAL";
    /**
     * Not a role of its own: the group every staff member's sign-in carries besides their roles (a portal's does not),
     * for what every staff member may do (their own account, the calendar, support).
     */
    public static final String STAFF = "STAFF";
    /** Not staff: the holder of a person's or company's e-address, reading their own mailbox. */
    public static final String EADDRESS_HOLDER = "EADDRESS_HOLDER";

    private RoleNames() {}
}
