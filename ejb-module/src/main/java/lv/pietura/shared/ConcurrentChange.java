package lv.pietura.shared;

import jakarta.ejb.ApplicationException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;

/** Somebody else changed the record since the caller read it (optimistic lock). */
@ApplicationException(rollback = true)
public class ConcurrentChange extends PieturaException {

    public ConcurrentChange() {
        super("concurrentChange");
    }

    /** Refuses a change made to a version of the record that is no longer the current one. */
    public static void requireVersion(int current, int expected) {
        if (current != expected) {
            throw new ConcurrentChange();
        }
    }

    /** Flushes pending changes now, turning a lost optimistic-lock race into this exception. */
    public static void flush(EntityManager em) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChange();
        }
    }
}
