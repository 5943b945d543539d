package lv.pietura.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import lv.pietura.audit.Actor;
import lv.pietura.audit.AuditAction;
import lv.pietura.audit.AuditLog;
import lv.pietura.audit.Changes;
import lv.pietura.shared.LocalizedName;
import lv.pietura.shared.RegistrationNumber;

/**
 * The first platform administrator of a new installation: someone has to be able to sign in before
 * anyone can onboard institutions. Created once, from configuration, only while the installation has
 * no platform administrator; the given password is temporary and must be changed at the first sign-in.
 */
@ApplicationScoped
public class FirstAdministrator {

    static final String ACTOR = "bootstrap";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    public boolean needed() {
        return em.createQuery(
                                "select count(s) from StaffAccount s where :role member of s.roles and s.active = true",
                                Long.class)
                        .setParameter("role", Role.PLATFORM_ADMIN)
                        .getSingleResult()
                == 0;
    }

    /**
     * Creates the operating institution (or uses it, if registered) with an open-ended agreement from
     * today, and the administrator's account in it.
     */
    @Transactional
    public void create(
            String operatorName,
            String registrationNumber,
            String username,
            String fullName,
            String email,
            char[] password,
            LocalDate today,
            Instant now) {
        RegistrationNumber number = RegistrationNumber.of(registrationNumber);
        Institution operator = em.createQuery(
                        "select i from Institution i where i.registrationNumber = :number", Institution.class)
                .setParameter("number", number.value())
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (operator == null) {
            operator = new Institution(LocalizedName.of(operatorName, null), number, InstitutionKind.STATE_BODY, null);
            em.persist(operator);
        }
        if (!operator.mayUseSystemOn(today)) {
            operator.conclude("OPERATOR-" + today.getYear(), today, today, null, today);
        }
        StaffAccount admin = new StaffAccount(
                username, fullName, email, operator, null, EnumSet.of(Role.PLATFORM_ADMIN), password, now);
        em.persist(admin);
        em.flush();
        audit.record(
                new Actor(ACTOR, null),
                AuditAction.CREATE,
                StaffAdministration.ENTITY,
                admin.id(),
                operator.id(),
                Changes.of()
                        .value("username", admin.username())
                        .value("roles", admin.roles())
                        .value("institution", operator.name().lv())
                        .toString());
    }
}
