package nl.simon.adapter.persistence;

import nl.simon.integration.jobs.Fleet;
import nl.simon.integration.jobs.FleetFigures;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One statement over all companies: the integration states from {@code tenant} and {@code integration} (one row
 * per company), the pushes from the partial index {@code work_order_push_idx} (only QUEUED, FAILED and NOT_SENT
 * archived work orders), the failing pulls from the active companies' {@code sync_failing_since} and their
 * {@code fs-sync} job failures.
 */
public final class JdbcFleet implements Fleet {
    private final JdbcClient jdbc;

    public JdbcFleet(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public FleetFigures figures() {
        return jdbc.sql("""
                WITH state AS (
                    SELECT t.id,
                           CASE WHEN i.status IS NULL OR i.status = 'NOT_ACTIVATED' THEN 'not_activated'
                                WHEN i.status = 'INACTIVE' THEN 'inactive'
                                WHEN i.suspended_reason IS NOT NULL THEN 'suspended'
                                ELSE 'active' END AS state,
                           i.sync_failing_since
                    FROM tenant t LEFT JOIN integration i ON i.tenant_id = t.id),
                pushes AS (
                    SELECT count(*) FILTER (WHERE invoice_sync_state = 'QUEUED') AS queued,
                           count(*) FILTER (WHERE invoice_sync_state = 'FAILED') AS failed,
                           min(archived_at) FILTER (WHERE invoice_sync_state = 'QUEUED') AS oldest
                    FROM work_order
                    WHERE invoice_sync_state IN ('QUEUED', 'FAILED', 'NOT_SENT') AND status = 'ARCHIVED')
                SELECT count(*) FILTER (WHERE s.state = 'not_activated') AS not_activated,
                       count(*) FILTER (WHERE s.state = 'active') AS active,
                       count(*) FILTER (WHERE s.state = 'suspended') AS suspended,
                       count(*) FILTER (WHERE s.state = 'inactive') AS inactive,
                       count(*) FILTER (WHERE s.state = 'active' AND (s.sync_failing_since IS NOT NULL
                           OR EXISTS (SELECT 1 FROM integration_job_failure f
                                      WHERE f.tenant_id = s.id AND f.job LIKE 'fs-sync%'))) AS pull_failing,
                       (SELECT queued FROM pushes) AS queued,
                       (SELECT failed FROM pushes) AS failed,
                       coalesce(extract(EPOCH FROM now() - (SELECT oldest FROM pushes)), 0) AS oldest_seconds
                FROM state s""")
                .query((rs, row) -> new FleetFigures(
                        rs.getLong("not_activated"),
                        rs.getLong("active"),
                        rs.getLong("suspended"),
                        rs.getLong("inactive"),
                        rs.getLong("queued"),
                        rs.getLong("failed"),
                        Math.max(0, rs.getDouble("oldest_seconds")),
                        rs.getLong("pull_failing")))
                .single();
    }
}
