package lv.pietura.eaddress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import lv.pietura.cases.ClientKind;
import lv.pietura.cases.ServiceCase;
import lv.pietura.organisation.Institution;
import lv.pietura.organisation.StaffAccount;
import lv.pietura.shared.EAddress;

/** E-address accounts and mailbox rights as the facades look them up. */
@ApplicationScoped
public class AccountRepository {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** The institution's account, opened on first use (every institution has an e-address by law). */
    public EAddressAccount ofInstitution(long institutionId) {
        return em.createQuery("select a from EAddressAccount a where a.institutionId = :i", EAddressAccount.class)
                .setParameter("i", institutionId)
                .getResultStream()
                .findFirst()
                .orElseGet(() -> {
                    Institution institution = em.find(Institution.class, institutionId);
                    EAddressAccount account = institution.training()
                            ? EAddressAccount.ofTrainingInstitution(
                                    institutionId,
                                    institution.registrationNumber(),
                                    institution.name().lv(),
                                    clock.instant())
                            : EAddressAccount.ofInstitution(
                                    institutionId,
                                    institution.registrationNumber(),
                                    institution.name().lv(),
                                    clock.instant());
                    em.persist(account);
                    return account;
                });
    }

    /** Pietura's own account, opened on first use. */
    EAddressAccount platform() {
        return withIdentifier(AccountKind.PLATFORM, EAddressAccount.PLATFORM_IDENTIFIER)
                .orElseGet(() -> {
                    EAddressAccount account = EAddressAccount.ofPlatform(clock.instant());
                    em.persist(account);
                    return account;
                });
    }

    /** The client's account when it is activated (the case's letters go there), else empty. */
    Optional<EAddressAccount> activatedClientOf(ServiceCase c) {
        if (!c.client().kind().latvian()) {
            return Optional.empty(); // an e-address is only for a Latvian personal code or registration number
        }
        return ofClient(c.client().kind() == ClientKind.PERSON, c.client().code())
                .filter(EAddressAccount::activated);
    }

    /** Where the message {@code messageId} lies in {@code account}'s mailbox, if it arrived there. */
    Optional<InboxEntry> entry(String messageId, EAddressAccount account) {
        return em.createQuery("select e from InboxEntry e where e.message.id = :m and e.account = :a", InboxEntry.class)
                .setParameter("m", messageId)
                .setParameter("a", account)
                .getResultStream()
                .findFirst();
    }

    /** A new entry of the addressee catalogue. */
    EAddressAccount add(EAddressAccount account) {
        em.persist(account);
        return account;
    }

    public Optional<EAddressAccount> withIdentifier(AccountKind kind, String identifier) {
        return em.createQuery(
                        "select a from EAddressAccount a where a.kind = :k and a.identifier = :i",
                        EAddressAccount.class)
                .setParameter("k", kind)
                .setParameter("i", identifier)
                .getResultStream()
                .findFirst();
    }

    /** A person's or organisation's account by the code the client was registered with. */
    public Optional<EAddressAccount> ofClient(boolean person, String code) {
        if (person) {
            return withIdentifier(AccountKind.PERSON, code);
        }
        return em.createQuery(
                        "select a from EAddressAccount a where a.kind <> :p and a.identifier = :i",
                        EAddressAccount.class)
                .setParameter("p", AccountKind.PERSON)
                .setParameter("i", code)
                .getResultStream()
                .findFirst();
    }

    /**
     * The account an address names: {@code _DEFAULT@<registration number>} or a personal code (with or without
     * its dash). Anything that cannot be an address names no account, and the database is not asked (a control
     * character, which PostgreSQL refuses in text, never reaches it).
     */
    Optional<EAddressAccount> byAddress(String address) {
        return EAddress.parse(address).flatMap(this::of);
    }

    /** The account of an address. */
    Optional<EAddressAccount> of(EAddress address) {
        return em.createQuery(
                        "select a from EAddressAccount a where a.identifier = :id and "
                                + (address.person() ? "a.kind = :person" : "a.kind <> :person"),
                        EAddressAccount.class)
                .setParameter("id", address.identifier())
                .setParameter("person", AccountKind.PERSON)
                .getResultStream()
                .findFirst();
    }

    /**
     * The activated accounts of the identifiers (personal codes, registration numbers), in the order given: of a
     * training sandbox's kind or of the real one, as the bulk send reaches them.
     */
    List<EAddressAccount> activated(List<String> identifiers, boolean training) {
        java.util.Map<String, EAddressAccount> found = new java.util.HashMap<>();
        for (int from = 0; from < identifiers.size(); from += 1000) {
            em.createQuery(
                            "select a from EAddressAccount a where a.activated = true and a.training = :training"
                                    + " and a.identifier in :ids",
                            EAddressAccount.class)
                    .setParameter("training", training)
                    .setParameter("ids", identifiers.subList(from, Math.min(identifiers.size(), from + 1000)))
                    .getResultStream()
                    .forEach(a -> found.putIfAbsent(a.identifier(), a));
        }
        return identifiers.stream()
                .map(found::get)
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    boolean has(StaffAccount staff, MailboxRight right) {
        return !em.createQuery("select g.id from MailboxGrant g where g.staff = :s and g.right = :r", Long.class)
                .setParameter("s", staff)
                .setParameter("r", right)
                .getResultList()
                .isEmpty();
    }
}
