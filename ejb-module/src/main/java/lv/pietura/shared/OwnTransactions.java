package lv.pietura.shared;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.util.function.Supplier;

/**
 * Runs a piece of work in a transaction of its own, for beans that manage their transactions (timers and
 * workers that must not lose every step when one fails): committed when the work returns, rolled back
 * when it throws, and the failure passed on.
 */
@ApplicationScoped
public class OwnTransactions {

    @Resource
    UserTransaction transaction;

    public <T> T run(Supplier<T> work) {
        try {
            transaction.begin();
            T result = work.get();
            transaction.commit();
            return result;
        } catch (RuntimeException e) {
            rollback();
            throw e;
        } catch (Exception e) {
            rollback();
            throw new IllegalStateException(e);
        }
    }

    private void rollback() {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (Exception ignored) {
            // the original failure is what matters
        }
    }
}
