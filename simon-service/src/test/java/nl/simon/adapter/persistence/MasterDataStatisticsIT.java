package nl.simon.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import javax.sql.DataSource;
import nl.simon.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * After a tenant's first page, the pull lets PostgreSQL re-plan, but only while the statistics still
 * describe nearly empty tables: thousands of tenants importing must not each run (and queue on) an ANALYZE.
 */
class MasterDataStatisticsIT {

    @Test
    void analyzes_tables_the_planner_thinks_empty_and_leaves_known_ones_alone() {
        DataSource db = TestDatabase.newDatabase("statistics_" + System.nanoTime());
        JdbcTemplate sql = new JdbcTemplate(db);
        JdbcMasterData data = new JdbcMasterData(JdbcClient.create(db), sql, Clock.systemUTC());
        sql.execute("ALTER TABLE customer SET (autovacuum_enabled = false)"); // only the pull analyzes here
        sql.update("INSERT INTO tenant (name, created_at) VALUES ('stats', now())");
        customers(sql, 1, 500);

        data.customers().refreshStatistics();

        assertThat(estimatedCustomers(sql)).isEqualTo(500);
        customers(sql, 501, JdbcMasterData.KNOWN_ROWS);
        data.customers().refreshStatistics();
        assertThat(estimatedCustomers(sql)).isEqualTo(JdbcMasterData.KNOWN_ROWS);

        customers(sql, JdbcMasterData.KNOWN_ROWS + 1, 2 * JdbcMasterData.KNOWN_ROWS);
        data.customers().refreshStatistics();

        assertThat(estimatedCustomers(sql))
                .as("known statistics are left to autovacuum")
                .isEqualTo(JdbcMasterData.KNOWN_ROWS);
    }

    private static void customers(JdbcTemplate sql, int from, int to) {
        sql.update("""
                INSERT INTO customer (tenant_id, name, fs_client_nr, origin, changed_at)
                SELECT (SELECT id FROM tenant WHERE name = 'stats'), 'Klant ' || n, n::text, 'FACTUURSTUREN', now()
                FROM generate_series(?, ?) AS n""", from, to);
    }

    private static long estimatedCustomers(JdbcTemplate sql) {
        return sql.queryForObject(
                "SELECT reltuples::bigint FROM pg_class WHERE oid = 'customer'::regclass", Long.class);
    }
}
