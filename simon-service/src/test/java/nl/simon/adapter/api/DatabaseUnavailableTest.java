package nl.simon.adapter.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

class DatabaseUnavailableTest {

    @Test
    void a_connection_that_cannot_be_had_or_was_cut_is_an_unavailable_database_however_deeply_wrapped() {
        assertThat(DatabaseUnavailable.causedBy(new InternalAuthenticationServiceException(
                        "lookup",
                        new CannotGetJdbcConnectionException(
                                "no connection", new SQLTransientConnectionException("pool timed out")))))
                .isTrue();
        assertThat(DatabaseUnavailable.causedBy(new CannotCreateTransactionException("begin")))
                .isTrue();
        assertThat(DatabaseUnavailable.causedBy(new UncategorizedSQLException(
                        "query",
                        "SELECT 1",
                        new SQLException("terminating connection due to administrator command", "57P01"))))
                .isTrue();
        assertThat(DatabaseUnavailable.causedBy(new TransactionSystemException(
                        "commit", new SQLException("An I/O error occurred while sending to the backend.", "08006"))))
                .isTrue();
        TransactionSystemException rollbackFailed =
                new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        rollbackFailed.initApplicationException(new org.springframework.dao.DataAccessResourceFailureException(
                "SELECT", new SQLException("An I/O error occurred while sending to the backend.", "08006")));
        assertThat(DatabaseUnavailable.causedBy(rollbackFailed))
                .as("rollback failed after a cut connection")
                .isTrue();
        TransactionSystemException rollbackAfterBug =
                new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        rollbackAfterBug.initApplicationException(new IllegalStateException("a bug"));
        assertThat(DatabaseUnavailable.causedBy(rollbackAfterBug)).isFalse();
    }

    @Test
    void other_database_failures_are_not() {
        assertThat(DatabaseUnavailable.causedBy(new DataIntegrityViolationException(
                        "duplicate key", new SQLException("duplicate key value", "23505"))))
                .isFalse();
        assertThat(DatabaseUnavailable.causedBy(
                        new InternalAuthenticationServiceException("bug", new IllegalStateException("no such column"))))
                .isFalse();
        assertThat(DatabaseUnavailable.causedBy(null)).isFalse();
    }
}
