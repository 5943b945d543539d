package lv.pietura.eaddress;

import static lv.pietura.shared.RoleNames.INSTITUTION_ADMIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
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
import lv.pietura.shared.RuleViolation;

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

    /** A unit of the institution with its members, by name. */
    public record UnitView(long id, String name, java.util.List<Holder> members) implements java.io.Serializable {}

    /** The institution's units, by name, with their members. */
    public java.util.List<UnitView> units() {
        return em.createQuery(
                        "select distinct u from MailboxUnit u left join fetch u.members where u.institutionId = :i"
                                + " order by u.name",
                        MailboxUnit.class)
                .setParameter("i", callers.current().institutionId())
                .getResultStream()
                .map(u -> new UnitView(
                        u.id(),
                        u.name(),
                        u.members().stream()
                                .sorted(java.util.Comparator.comparing(StaffAccount::fullName))
                                .map(m -> new Holder(m.id(), m.username(), m.fullName(), false, false))
                                .toList()))
                .toList();
    }

    /** A new unit of the institution; a name another of its units has is refused. */
    public long createUnit(String name) {
        Caller caller = callers.current();
        MailboxUnit unit = MailboxUnit.of(caller.institutionId(), name, caller.username(), clock.instant());
        boolean taken = !em.createQuery(
                        "select u.id from MailboxUnit u where u.institutionId = :i and lower(u.name) = lower(:n)",
                        Long.class)
                .setParameter("i", caller.institutionId())
                .setParameter("n", unit.name())
                .getResultList()
                .isEmpty();
        if (taken) {
            throw RuleViolation.ofField("unitName", "eaddress.unit.nameTaken", unit.name());
        }
        try {
            em.persist(unit);
            em.flush(); // the same name made at the same moment by another request: refused as taken, not a fault
        } catch (PersistenceException sameNameMeanwhile) {
            throw RuleViolation.ofField("unitName", "eaddress.unit.nameTaken", unit.name());
        }
        recordUnit(caller, unit, "created");
        return unit.id();
    }

    /** Removes a unit; the messages given to it are given to none (those with the right to read the mailbox read them). */
    public void deleteUnit(long unitId) {
        Caller caller = callers.current();
        MailboxUnit unit = ownUnit(unitId);
        em.createQuery("update InboxEntry e set e.unit = null where e.unit = :u")
                .setParameter("u", unit)
                .executeUpdate();
        recordUnit(caller, unit, "removed");
        em.remove(unit);
    }

    /** Makes an active staff member of the institution a member of its unit ({@code member}) or not. */
    public void setMember(long unitId, long staffId, boolean member) {
        Caller caller = callers.current();
        MailboxUnit unit = ownUnit(unitId);
        StaffAccount staff = ownStaff(staffId);
        if (member) {
            unit.add(staff);
        } else {
            unit.remove(staff);
        }
        recordUnit(caller, unit, (member ? "member added: " : "member removed: ") + staff.username());
    }

    private MailboxUnit ownUnit(long unitId) {
        MailboxUnit unit = em.find(MailboxUnit.class, unitId);
        if (unit == null || !unit.institutionId().equals(callers.current().institutionId())) {
            throw new NotFound("unit", unitId);
        }
        return unit;
    }

    private void recordUnit(Caller caller, MailboxUnit unit, String what) {
        audit.record(
                caller.actor(),
                AuditAction.UPDATE,
                "MailboxUnit",
                unit.id(),
                caller.institutionId(),
                unit.name() + ": " + what);
    }

    private StaffAccount ownStaff(long staffId) {
        StaffAccount staff = em.find(StaffAccount.class, staffId);
        if (staff == null || !staff.institution().id().equals(callers.current().institutionId())) {
            throw new NotFound("staff", staffId);
        }
        return staff;
    }
}
