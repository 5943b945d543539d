package lv.pietura.eaddress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import lv.pietura.calendar.WorkingDays;
import lv.pietura.shared.Clocks;

/**
 * The e-address of the training sandboxes, for the training area: a sandbox institution's account (a training account,
 * as {@link AccountRepository#ofInstitution} makes it for a training institution), the made-up clients' activated
 * training accounts, and a made-up client's message to a sandbox for its trainees to read.
 */
@ApplicationScoped
@Transactional
public class TrainingMailboxes {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountRepository accounts;

    @Inject
    WorkingDays workingDays;

    @Inject
    Clock clock;

    /** The sandbox institution's account id, opened on first use. */
    public long accountOf(long sandboxInstitutionId) {
        return accounts.ofInstitution(sandboxInstitutionId).id();
    }

    /** A made-up client's account (made on first use): activated, training. */
    public long madeUpPerson(String personalCode, String name) {
        EAddressAccount account = accounts.withIdentifier(AccountKind.PERSON, personalCode.replace("-", ""))
                .orElseGet(() -> accounts.add(EAddressAccount.ofMadeUpPerson(personalCode, name, clock.instant())));
        if (!account.training()) {
            throw new IllegalStateException("A made-up client's code belongs to a real account: " + personalCode);
        }
        return account.id();
    }

    /** Whether anything was ever delivered to the account. */
    public boolean anythingFor(long accountId) {
        return em.createQuery("select count(d) from Delivery d where d.recipient.id = :a", Long.class)
                        .setParameter("a", accountId)
                        .getSingleResult()
                > 0;
    }

    /** A message from one training account to another, stored for the worker to deliver as every message. */
    public void write(long fromAccountId, long toAccountId, String subject, String body) {
        EAddressAccount from = em.find(EAddressAccount.class, fromAccountId);
        EAddressAccount to = em.find(EAddressAccount.class, toAccountId);
        if (!from.training() || !to.training()) {
            throw new IllegalArgumentException("Only training accounts write here");
        }
        em.persist(Message.compose(
                UUID.randomUUID().toString(),
                from,
                null,
                List.of(to),
                subject,
                body,
                List.of(),
                null,
                null,
                clock.instant(),
                LocalDate.now(clock.withZone(Clocks.RIGA)),
                workingDays.calendar()));
    }
}
