package nl.simon.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import javax.sql.DataSource;
import nl.simon.integration.lifecycle.SimonTable;
import nl.simon.shared.TenantId;
import nl.simon.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The wizard's wipe and the operator's company delete remove many rows with foreign keys in one transaction: they
 * let PostgreSQL keep one plan per foreign-key check ({@link ForeignKeyChecks}) instead of planning it again for
 * every deleted row, as the connections' {@code force_custom_plan} would. Prints what the same deletes take each way.
 */
class ForeignKeyChecksIT {
    static final int CUSTOMERS = 5_000;

    private final DataSource db = TestDatabase.newDatabase("fk_checks_" + System.nanoTime());
    private final JdbcTemplate sql = new JdbcTemplate(db);
    private final JdbcClient jdbc = JdbcClient.create(db);
    private final TransactionTemplate transaction = new TransactionTemplate(new JdbcTransactionManager(db));

    @Test
    void a_wipe_and_a_company_delete_plan_each_foreign_key_check_once() {
        long wiped = company("Gewist");
        long deleted = company("Verwijderd");
        long replanned = company("Elke rij opnieuw gepland");
        long kept = company("Blijft");

        long wipeMillis = timed(() -> {
            asTheServiceConnects();
            new JdbcSimonData(jdbc).wipe(new TenantId(wiped), EnumSet.allOf(SimonTable.class));
            assertThat(planCacheMode()).isEqualTo("auto");
        });
        long deleteMillis = timed(() -> {
            asTheServiceConnects();
            new JdbcCompanies(jdbc).delete(new TenantId(deleted));
            assertThat(planCacheMode()).isEqualTo("auto");
        });
        long replannedMillis = timed(() -> {
            asTheServiceConnects();
            sql.update("DELETE FROM location WHERE tenant_id = ?", replanned);
            sql.update("DELETE FROM customer WHERE tenant_id = ?", replanned);
        });

        assertThat(customers(wiped)).isZero();
        assertThat(sql.queryForObject("SELECT count(*) FROM tenant WHERE id = ?", Long.class, deleted))
                .isZero();
        assertThat(customers(kept)).isEqualTo(CUSTOMERS);
        System.out.printf(
                "deleting %,d customers with their work addresses: wipe %d ms, company delete %d ms;"
                        + " the same deletes planning every check again: %d ms%n",
                CUSTOMERS, wipeMillis, deleteMillis, replannedMillis);
    }

    /** As application.yml's connection-init-sql sets it on every connection of the service. */
    private void asTheServiceConnects() {
        sql.execute("SET LOCAL plan_cache_mode = force_custom_plan");
    }

    private long timed(Runnable work) {
        long started = System.nanoTime();
        transaction.executeWithoutResult(status -> work.run());
        return (System.nanoTime() - started) / 1_000_000;
    }

    private String planCacheMode() {
        return sql.queryForObject("SHOW plan_cache_mode", String.class);
    }

    private long customers(long tenant) {
        return sql.queryForObject("SELECT count(*) FROM customer WHERE tenant_id = ?", Long.class, tenant);
    }

    private long company(String name) {
        long tenant = sql.queryForObject(
                "INSERT INTO tenant (name, created_at) VALUES (?, now()) RETURNING id", Long.class, name);
        sql.update("""
                INSERT INTO customer (tenant_id, name, origin, changed_at)
                SELECT ?, 'Klant ' || n, 'SIMON', now() FROM generate_series(1, ?) AS n""", tenant, CUSTOMERS);
        sql.update("""
                INSERT INTO location (tenant_id, customer_id, name, address, changed_at)
                SELECT tenant_id, id, 'Werkadres', 'Straat 1', now() FROM customer WHERE tenant_id = ?""", tenant);
        return tenant;
    }
}
