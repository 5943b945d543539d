package lv.pietura.cases;

import lv.pietura.organisation.Caller;
import lv.pietura.organisation.Role;

/**
 * Who may see and work a service case: the one place these rules are written. Every facade that hands
 * out or changes a case asks here and answers a case the caller may not use exactly as one that does not
 * exist ({@code NotFound}).
 */
public final class CaseAccess {

    private CaseAccess() {}

    /**
     * A specialist of the institution that handles the case, a client consultant of the centre where it was
     * registered, or a client consultant serving its client ({@code clientCode}: the code they have
     * before them, already normalised; {@code null} when none).
     */
    public static boolean maySee(Caller caller, ServiceCase c, String clientCode) {
        return mayHandle(caller, c)
                || caller.has(Role.CLERK) && registeredInCentreOf(caller, c)
                || caller.has(Role.CLERK)
                        && clientCode != null
                        && clientCode.equals(c.client().code());
    }

    /**
     * The holder's side: a specialist of the institution that handles the case (the only role the handling
     * facade admits; the institution is what this checks).
     */
    public static boolean mayHandle(Caller caller, ServiceCase c) {
        return caller.has(Role.SPECIALIST) && handledBy(caller, c);
    }

    /**
     * The institution's e-address mail: a message may be filed under a case its institution handles or its
     * centre registered. Whoever may read the institution's mailbox may file (a right of the mailbox, not of
     * a role).
     */
    public static boolean mayFileMailUnder(Caller caller, ServiceCase c) {
        return handledBy(caller, c) || registeredInCentreOf(caller, c);
    }

    /** Documents join an open case by its holder's specialist or a consultant of the centre that registered it. */
    public static boolean mayAddDocuments(Caller caller, ServiceCase c) {
        return mayHandle(caller, c) || isConsultantOfItsCentre(caller, c);
    }

    /**
     * A client consultant of the centre where the case was registered: the one who records a holder's answer from
     * outside Pietura and opens the rating of the client's visit.
     */
    public static boolean isConsultantOfItsCentre(Caller caller, ServiceCase c) {
        return caller.has(Role.CLERK) && registeredInCentreOf(caller, c);
    }

    private static boolean handledBy(Caller caller, ServiceCase c) {
        return c.handlingInstitution().id().equals(caller.institutionId());
    }

    private static boolean registeredInCentreOf(Caller caller, ServiceCase c) {
        return c.centre() != null && c.centre().id().equals(caller.centreId());
    }
}
