package nl.simon.adapter.api;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a failure to reach PostgreSQL (down, restarting, no connection within the pool's timeout) from
 * other failures: the API answers those with 503 and {@code Retry-After}, never as a wrong password
 * (401) or our own error (500). A rollback that failed after the connection was cut ("Connection is closed",
 * which carries no SQL state) counts by the failure that made the transaction roll back.
 */
public final class DatabaseUnavailable {
    /** Seconds a client should wait before it tries again. */
    public static final String RETRY_AFTER_SECONDS = "30";

    private DatabaseUnavailable() {}

    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof RecoverableDataAccessException
                    || cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && isConnectionState(sql.getSQLState())) {
                return true;
            }
            if (cause instanceof TransactionSystemException rollback
                    && rollback.getApplicationException() != null
                    && causedBy(rollback.getApplicationException())) {
                return true;
            }
        }
        return false;
    }

    /** SQL states of a lost or refused connection: class 08, and 57P01–57P03 (shutdown, cannot connect now). */
    private static boolean isConnectionState(String state) {
        return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03");
    }
}
