package nl.simon.adapter.persistence;

import java.time.Instant;
import java.util.List;
import nl.simon.integration.jobs.JobFailure;
import nl.simon.integration.jobs.JobHealth;
import nl.simon.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;

public final class JdbcJobHealth implements JobHealth {
    private final JdbcClient jdbc;

    public JdbcJobHealth(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean failed(TenantId tenant, String job, String error, Instant at) {
        // xmax = 0 only for a freshly inserted row: the first failure of an episode.
        return jdbc.sql("""
                INSERT INTO integration_job_failure (tenant_id, job, error, failing_since, last_failure_at)
                VALUES (:tenant, :job, :error, :at, :at)
                ON CONFLICT (tenant_id, job) DO UPDATE SET error = excluded.error,
                    last_failure_at = excluded.last_failure_at,
                    failures = integration_job_failure.failures + 1
                RETURNING (xmax = 0)""")
                .param("tenant", tenant.value())
                .param("job", job)
                .param("error", error)
                .param("at", Timestamps.toDb(at))
                .query(Boolean.class)
                .single();
    }

    @Override
    public boolean succeeded(TenantId tenant, String job) {
        return jdbc.sql("DELETE FROM integration_job_failure WHERE tenant_id = :tenant AND job = :job")
                        .param("tenant", tenant.value())
                        .param("job", job)
                        .update()
                > 0;
    }

    @Override
    public List<JobFailure> failing(TenantId tenant) {
        return jdbc.sql("SELECT * FROM integration_job_failure WHERE tenant_id = :tenant ORDER BY failing_since, job")
                .param("tenant", tenant.value())
                .query((rs, row) -> new JobFailure(
                        rs.getString("job"),
                        rs.getString("error"),
                        Timestamps.instant(rs, "failing_since"),
                        Timestamps.instant(rs, "last_failure_at"),
                        rs.getInt("failures")))
                .list();
    }
}
