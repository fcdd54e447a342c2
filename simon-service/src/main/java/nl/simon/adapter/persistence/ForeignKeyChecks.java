package nl.simon.adapter.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * For a transaction that writes or deletes many rows with foreign keys: PostgreSQL checks each key with a prepared
 * query of its own, and the service's connections plan every prepared query for its values
 * ({@code plan_cache_mode = force_custom_plan}, application.yml), so each check was planned again for every row.
 * {@code SET LOCAL plan_cache_mode = auto} lets them keep one plan, in this transaction only (benchmarks/README.md,
 * finding 11).
 */
final class ForeignKeyChecks {
    static final String PLAN_ONCE = "SET LOCAL plan_cache_mode = auto";

    private ForeignKeyChecks() {}

    static void planOnce(JdbcClient jdbc) {
        jdbc.sql(PLAN_ONCE).update();
    }
}
