package lv.pietura.eaddress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import lv.pietura.shared.AccessDenied;
import lv.pietura.shared.NotFound;

/**
 * Whose e-address a holder's call works: the signed-in person's or company's own, or the company the person chose
 * to work for while they represent it (asked on every call: a representation that ended ends the work for the
 * company at once). And the representations themselves: the companies a person represents, those the identity
 * provider's claim names brought up to date at each sign-in.
 */
@ApplicationScoped
class Holders {

    @Inject
    AccountRepository accounts;

    @Inject
    WorkingFor workingFor;

    @PersistenceContext
    EntityManager em;

    /** Whose e-address the caller works, and who works it. */
    record Holder(EAddressAccount account, EAddressAccount person) {

        /** Whether a person works a company's e-address as its representative. */
        boolean forCompany() {
            return !account.id().equals(person.id());
        }
    }

    /** The account the signed-in {@code caller} works now. */
    Holder of(String caller) {
        EAddressAccount own = own(caller);
        Long chosen = chosen();
        if (chosen == null || own.kind() != AccountKind.PERSON) {
            return new Holder(own, own);
        }
        Optional<Representation> representation = current(own, chosen);
        if (representation.isEmpty()) {
            workingFor.choose(null);
            return new Holder(own, own);
        }
        return new Holder(representation.get().company(), own);
    }

    /** The caller's own account (a person's or a company's), activated or not. */
    EAddressAccount own(String caller) {
        return accounts.byAddress(caller)
                .filter(a -> a.kind() == AccountKind.PERSON || a.kind() == AccountKind.COMPANY)
                .orElseThrow(() -> new AccessDenied("caller.unknown"));
    }

    /** The caller works the company's e-address from now on; a company they do not represent is not found. */
    Representation workFor(EAddressAccount person, long companyAccountId) {
        Representation representation =
                current(person, companyAccountId).orElseThrow(() -> new NotFound("company", companyAccountId));
        workingFor.choose(companyAccountId);
        return representation;
    }

    /** Back to the caller's own e-address. */
    void workOwn() {
        workingFor.choose(null);
    }

    /** The companies the person represents now, by name. */
    List<Representation> current(EAddressAccount person) {
        return em.createQuery(
                        "select r from Representation r join fetch r.company where r.personCode = :p"
                                + " and r.endedAt is null order by r.company.name, r.id",
                        Representation.class)
                .setParameter("p", person.identifier())
                .getResultList();
    }

    private Optional<Representation> current(EAddressAccount person, long companyAccountId) {
        return em.createQuery(
                        "select r from Representation r join fetch r.company where r.personCode = :p and r.company.id = :c"
                                + " and r.endedAt is null and r.company.closedOn is null order by r.id",
                        Representation.class)
                .setParameter("p", person.identifier())
                .setParameter("c", companyAccountId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /**
     * The identity provider's claim at the person's sign-in: the companies of the catalogue it names (and the
     * Register has not closed) are represented from now on, those it no longer names not. A number that names no
     * company of the catalogue is passed over. What changed, as words for the audit trail (empty: nothing).
     */
    String claimed(EAddressAccount person, Set<String> registrationNumbers, Instant at) {
        List<Representation> held = em.createQuery(
                        "select r from Representation r join fetch r.company where r.personCode = :p"
                                + " and r.basis = :idp and r.endedAt is null",
                        Representation.class)
                .setParameter("p", person.identifier())
                .setParameter("idp", Representation.Basis.IDENTITY_PROVIDER)
                .getResultList();
        Set<String> heldNumbers =
                held.stream().map(r -> r.company().identifier()).collect(Collectors.toSet());
        StringBuilder changed = new StringBuilder();
        for (Representation r : held) {
            if (!registrationNumbers.contains(r.company().identifier())) {
                r.end("identity provider", at);
                changed.append(" ended ").append(r.company().address());
            }
        }
        for (String number : registrationNumbers) {
            if (!heldNumbers.contains(number)) {
                accounts.withIdentifier(AccountKind.COMPANY, number)
                        .filter(c -> c.closedOn() == null)
                        .ifPresent(company -> {
                            em.persist(Representation.claimed(company, person, at));
                            changed.append(" began ").append(company.address());
                        });
            }
        }
        return changed.toString().trim();
    }

    private Long chosen() {
        try {
            return workingFor.company();
        } catch (ContextNotActiveException noSession) {
            return null;
        }
    }
}
