package nl.simon.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import nl.simon.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * The first import's pages commit without waiting for the disk (PostgreSQL's asynchronous commit, only in their
 * own transaction); every other transaction keeps the server's setting. The test database's server runs with
 * zonky's {@code synchronous_commit = off}, so this database asks for {@code on}, as production's server has it.
 */
class RedoableTransactionsIT {
    JdbcTemplate sql;
    SpringTransactions transactions;

    @BeforeEach
    void databaseThatWaitsForTheDisk() throws SQLException {
        String name = "redoable_" + System.nanoTime();
        try (Connection admin = TestDatabase.postgres().getPostgresDatabase().getConnection();
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
            statement.execute("ALTER DATABASE " + name + " SET synchronous_commit = on");
            // as the service's connections have it (application.yml, connection-init-sql)
            statement.execute("ALTER DATABASE " + name + " SET plan_cache_mode = force_custom_plan");
        }
        DataSource db = TestDatabase.postgres().getDatabase("postgres", name);
        sql = new JdbcTemplate(db);
        sql.execute("CREATE TABLE page (n int)");
        transactions = new SpringTransactions(new JdbcTransactionManager(db), sql);
    }

    @Test
    void a_redoable_transaction_commits_without_waiting_for_the_disk_and_only_it() {
        transactions.runRedoable(() -> {
            assertThat(synchronousCommit()).isEqualTo("off");
            assertThat(planCacheMode())
                    .as("a foreign key's check keeps its plan from row to row")
                    .isEqualTo("auto");
            sql.update("INSERT INTO page VALUES (1)");
        });

        assertThat(sql.queryForObject("SELECT count(*) FROM page", Integer.class))
                .as("committed")
                .isEqualTo(1);
        transactions.run(() -> assertThat(synchronousCommit())
                .as("the next transaction waits for the disk again")
                .isEqualTo("on"));
        transactions.run(() -> assertThat(planCacheMode())
                .as("and plans the office's statements for their values again")
                .isEqualTo("force_custom_plan"));
    }

    @Test
    void joining_a_running_transaction_it_commits_as_that_one_does() {
        transactions.run(() ->
                transactions.runRedoable(() -> assertThat(synchronousCommit()).isEqualTo("on")));
    }

    @Test
    void a_failing_redoable_transaction_stores_nothing() {
        assertThatThrownBy(() -> transactions.runRedoable(() -> {
                    sql.update("INSERT INTO page VALUES (2)");
                    throw new IllegalStateException("page refused");
                }))
                .hasMessage("page refused");

        assertThat(sql.queryForObject("SELECT count(*) FROM page", Integer.class))
                .isZero();
    }

    private String planCacheMode() {
        return sql.queryForObject("SHOW plan_cache_mode", String.class);
    }

    private String synchronousCommit() {
        return sql.queryForObject("SHOW synchronous_commit", String.class);
    }
}
