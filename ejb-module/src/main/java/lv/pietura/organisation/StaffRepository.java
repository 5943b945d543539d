package lv.pietura.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import lv.pietura.shared.NotFound;
import lv.pietura.shared.Page;
import lv.pietura.shared.PageRequest;
import lv.pietura.shared.PagedQuery;

@ApplicationScoped
class StaffRepository {

    @PersistenceContext
    EntityManager em;

    /** The account, if it belongs to an institution within {@code scope}; otherwise it does not exist. */
    StaffAccount get(long id, TenantScope scope) {
        StaffAccount account = em.find(StaffAccount.class, id);
        if (account == null || !scope.includes(account.institution().id())) {
            throw new NotFound("staff", id);
        }
        return account;
    }

    Optional<StaffAccount> withUsername(String username) {
        String name = StaffAccount.possibleUsername(username);
        if (name == null) {
            return Optional.empty();
        }
        return em.createQuery(
                        "select s from StaffAccount s join fetch s.institution where s.username = :username",
                        StaffAccount.class)
                .setParameter("username", name)
                .getResultStream()
                .findFirst();
    }

    void store(StaffAccount account) {
        em.persist(account);
    }

    Page<StaffAccount> page(TenantScope scope, StaffFilter filter, Instant now, PageRequest request) {
        PagedQuery<StaffAccount> query = PagedQuery.of(
                        em, StaffAccount.class, "s", "StaffAccount s join s.institution i left join s.centre c")
                .fetch("join fetch s.institution left join fetch s.centre")
                .where("i.id = :tenant", "tenant", scope.institution())
                .where("i.id = :institution", "institution", filter.institutionId())
                .whereContains(
                        "(lower(s.fullName) like :text escape '!' or s.username like :text escape '!'"
                                + " or lower(s.email) like :text escape '!')",
                        "text",
                        filter.text())
                .where(":role member of s.roles", "role", filter.role())
                .sortable("username", "s.username")
                .sortable("fullName", "s.fullName")
                .sortable("institution", "i.name.lv")
                .sortable("centre", "c.name")
                .sortable("lastSignInAt", "s.lastSignInAt")
                .orderBy("s.fullName");
        if (filter.status() != null) {
            switch (filter.status()) {
                case ACTIVE -> query.where("s.active = true");
                case INACTIVE -> query.where("s.active = false");
                case LOCKED -> query.where("s.lockedUntil > :now").parameter("now", now);
            }
        }
        return query.page(request);
    }

    long count(TenantScope scope, StaffStatus status, Instant now) {
        return page(scope, new StaffFilter(null, null, null, status), now, PageRequest.of(0, 1))
                .total();
    }

    /**
     * Whether the account is no trainee's, or its staff member's account is still active: a trainee account works only
     * as long as its staff member does (one who left signs in to the sandbox no more either).
     */
    boolean traineesStaffMemberWorks(StaffAccount account) {
        if (account.traineeOf() == null) {
            return true;
        }
        StaffAccount staffMember = em.find(StaffAccount.class, account.traineeOf());
        return staffMember != null && staffMember.active();
    }
}
