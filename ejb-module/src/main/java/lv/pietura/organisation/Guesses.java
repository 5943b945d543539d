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

    private StaffAccount locked(long accountId) {
        return em.find(StaffAccount.class, accountId, LockModeType.PESSIMISTIC_WRITE);
    }
}
