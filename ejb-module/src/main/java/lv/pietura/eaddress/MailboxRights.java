package lv.pietura.eaddress;

import static lv.pietura.shared.RoleNames.INSTITUTION_ADMIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import lv.pietura.audit.AuditAction;
import lv.pietura.audit.AuditLog;
import lv.pietura.organisation.Caller;
import lv.pietura.organisation.CallerContext;
import lv.pietura.organisation.StaffAccount;
import lv.pietura.shared.NotFound;

/** An institution administrator decides who of their staff may read and who may send from the mailbox. */
@Stateless
@RolesAllowed(INSTITUTION_ADMIN)
public class MailboxRights {

    @Inject
    CallerContext callers;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /** A staff member of the administrator's institution and their rights on its mailbox. */
    public record Holder(long staffId, String username, String fullName, boolean read, boolean send)
            implements java.io.Serializable {}

    /** The institution's active staff with their rights, by name. */
    public java.util.List<Holder> holders() {
        long institution = callers.current().institutionId();
        java.util.Map<Long, Set<MailboxRight>> granted = new java.util.HashMap<>();
        em.createQuery("select g from MailboxGrant g where g.staff.institution.id = :i", MailboxGrant.class)
                .setParameter("i", institution)
                .getResultStream()
                .forEach(g -> granted.computeIfAbsent(g.staff().id(), k -> EnumSet.noneOf(MailboxRight.class))
                        .add(g.right()));
        return em.createQuery(
                        "select s from StaffAccount s where s.institution.id = :i and s.active = true"
                                + " order by s.fullName",
                        StaffAccount.class)
                .setParameter("i", institution)
                .getResultStream()
                .map(s -> {
                    Set<MailboxRight> rights = granted.getOrDefault(s.id(), Set.of());
                    return new Holder(
                            s.id(),
                            s.username(),
                            s.fullName(),
                            rights.contains(MailboxRight.READ),
                            rights.contains(MailboxRight.SEND));
                })
                .toList();
    }

    public Set<MailboxRight> of(long staffId) {
        StaffAccount staff = ownStaff(staffId);
        return em.createQuery("select g.right from MailboxGrant g where g.staff = :s", MailboxRight.class)
                .setParameter("s", staff)
                .getResultStream()
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(MailboxRight.class)));
    }

    /** Sets the staff member's rights to exactly {@code rights}. */
    public void set(long staffId, Set<MailboxRight> rights) {
        Caller caller = callers.current();
        StaffAccount staff = ownStaff(staffId);
        Set<MailboxRight> wanted =
                rights == null || rights.isEmpty() ? EnumSet.noneOf(MailboxRight.class) : EnumSet.copyOf(rights);
        Set<MailboxRight> before = of(staffId);
        em.createQuery("delete from MailboxGrant g where g.staff = :s")
                .setParameter("s", staff)
                .executeUpdate();
        for (MailboxRight right : wanted) {
            em.persist(new MailboxGrant(staff, right, clock.instant(), caller.username()));
        }
        audit.record(
                caller.actor(),
                AuditAction.UPDATE,
                "MailboxGrant",
                staffId,
                caller.institutionId(),
                staff.username() + ": " + before + " -> " + wanted);
    }

    private StaffAccount ownStaff(long staffId) {
        StaffAccount staff = em.find(StaffAccount.class, staffId);
        if (staff == null || !staff.institution().id().equals(callers.current().institutionId())) {
            throw new NotFound("staff", staffId);
        }
        return staff;
    }
}
