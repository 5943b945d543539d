package lv.pietura.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.util.function.Supplier;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Runs a piece of work in a transaction of its own, for beans that manage their transactions (timers and
 * workers that must not lose every step when one fails): committed when the work returns, rolled back
 * when it throws, and the failure passed on. The calling bean's {@code UserTransaction} is looked up on
 * each call, so it does not matter which bean used this first; a bean with container-managed
 * transactions has none and is told so.
 */
@ApplicationScoped
public class OwnTransactions {

    public <T> T run(Supplier<T> work) {
        UserTransaction transaction = callersTransaction();
        try {
            transaction.begin();
            T result = work.get();
            transaction.commit();
            return result;
        } catch (RuntimeException e) {
            rollback(transaction);
            throw e;
        } catch (Exception e) {
            rollback(transaction);
            throw new IllegalStateException(e);
        }
    }

    private static UserTransaction callersTransaction() {
        try {
            return InitialContext.doLookup("java:comp/UserTransaction");
        } catch (NamingException e) {
            throw new IllegalStateException(
                    "OwnTransactions is for beans that manage their own transactions"
                            + " (@TransactionManagement(BEAN))",
                    e);
        }
    }

    private static void rollback(UserTransaction transaction) {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (Exception ignored) {
            // the original failure is what matters
        }
    }
}
