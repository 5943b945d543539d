package lv.pietura.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;

/**
 * The bookkeeping of password guesses, each step in a short transaction of its own that holds the account's
 * row lock only while it counts: the count a step reads is the count the step before it wrote (no lost
 * update), and it is committed before the slow password check runs, so that a dozen parallel attempts see
 * one another ({@link StaffAccount#takeGuess}).
 */
@ApplicationScoped
class Guesses {

    @PersistenceContext
    EntityManager em;

    @Transactional(TxType.REQUIRES_NEW)
    StaffAccount.Guess take(long accountId, Instant now, SignInPolicy policy) {
        return locked(accountId).takeGuess(now, policy);
    }

    @Transactional(TxType.REQUIRES_NEW)
    void right(long accountId, Instant now) {
        locked(accountId).guessedRight(now);
    }

    /** {@code true} when this wrong guess locked the account. */
    @Transactional(TxType.REQUIRES_NEW)
    boolean wrong(long accountId, Instant now, SignInPolicy policy) {
        return locked(accountId).guessedWrong(now, policy);
    }

    /**
     * The account, read after its row is locked. The lock is taken by a query of the row alone: a find with a
     * lock mode joins the institution and centre, and on PostgreSQL Hibernate then locks in a second statement
     * after reading ("follow-on locking"), so the count it read could already be stale.
     */
    private StaffAccount locked(long accountId) {
        em.createQuery("select s.id from StaffAccount s where s.id = :id", Long.class)
                .setParameter("id", accountId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getSingleResult();
        return em.find(StaffAccount.class, accountId);
    }
}
