package lv.pietura.it.support;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import lv.pietura.organisation.Centre;
import lv.pietura.organisation.CentreType;
import lv.pietura.organisation.Institution;
import lv.pietura.organisation.InstitutionKind;
import lv.pietura.organisation.Role;
import lv.pietura.organisation.StaffAccount;
import lv.pietura.shared.LocalizedName;
import lv.pietura.shared.RegistrationNumber;

/**
 * Builds the institutions, centres and staff an in-container test needs, directly in the database
 * (setting up is not what such a test checks; the facades are). Each test class passes its own
 * seed, so its institutions and user names are its own in the shared test database.
 */
@Dependent
public class TestWorld {

    /** The password of every staff account made here. */
    public static final String PASSWORD = "Testa-parole-2026!";

    /** An institution made here, with the numbers a test refers to it by. */
    public record Tenant(long id, String registrationNumber, String name) {}

    @PersistenceContext(unitName = "pietura")
    EntityManager em;

    @Inject
    UserTransaction transaction;

    public Tenant institution(String name, long seed, InstitutionKind kind) {
        return inTransaction(() -> {
            Institution institution = new Institution(
                    LocalizedName.of(name, null),
                    RegistrationNumber.of(RegistrationNumbers.stateBody(seed)),
                    kind,
                    null);
            institution.conclude(
                    "TEST-" + seed, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 1), null, LocalDate.now());
            em.persist(institution);
            em.flush();
            return new Tenant(institution.id(), institution.registrationNumber().value(), name);
        });
    }

    /** An institution whose only agreement ended yesterday. */
    public Tenant institutionWithoutAgreement(String name, long seed) {
        return inTransaction(() -> {
            Institution institution = new Institution(
                    LocalizedName.of(name, null),
                    RegistrationNumber.of(RegistrationNumbers.stateBody(seed)),
                    InstitutionKind.STATE_BODY,
                    null);
            institution.conclude(
                    "TEST-" + seed,
                    LocalDate.of(2020, 1, 1),
                    LocalDate.of(2020, 1, 1),
                    LocalDate.now().minusDays(1),
                    LocalDate.now());
            em.persist(institution);
            em.flush();
            return new Tenant(institution.id(), institution.registrationNumber().value(), name);
        });
    }

    public long centre(Tenant municipality, String name) {
        return inTransaction(() -> {
            Centre centre = new Centre(
                    name,
                    em.find(Institution.class, municipality.id()),
                    "Testa iela 1, Rīga",
                    CentreType.COUNTY,
                    List.of());
            em.persist(centre);
            em.flush();
            return centre.id();
        });
    }

    public long staff(String username, Tenant institution, Long centreId, Role... roles) {
        return inTransaction(() -> {
            StaffAccount account = new StaffAccount(
                    username,
                    "Tests " + username,
                    username + "@tests.example.lv",
                    em.find(Institution.class, institution.id()),
                    centreId == null ? null : em.find(Centre.class, centreId),
                    EnumSet.copyOf(Arrays.asList(roles)),
                    PASSWORD.toCharArray(),
                    Instant.now());
            em.persist(account);
            em.flush();
            return account.id();
        });
    }

    /** Role names for {@link Identities#as}. */
    public static Set<String> roles(Role... roles) {
        return Arrays.stream(roles).map(Role::name).collect(Collectors.toSet());
    }

    public long count(String jpql, Object... parameters) {
        var query = em.createQuery(jpql, Long.class);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getSingleResult();
    }

    /** What a query finds, for a test to look at records it has no page or facade for. */
    public <T> List<T> list(String jpql, Class<T> type, Object... parameters) {
        var query = em.createQuery(jpql, type);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getResultList();
    }

    /** Runs set-up work in a transaction of its own (for records a test builds directly). */
    public <T> T inTransaction(Callable<T> work) {
        try {
            transaction.begin();
            T result = work.call();
            transaction.commit();
            return result;
        } catch (Exception e) {
            try {
                transaction.rollback();
            } catch (Exception ignored) {
                // the original failure matters
            }
            throw new IllegalStateException("Test set-up failed", e);
        }
    }
}
