package nl.simon.adapter.scheduling;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import nl.simon.integration.pull.PullSchedule;
import nl.simon.integration.pull.ScheduledPull;
import nl.simon.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The tenant's {@code fs-sync} row in db-scheduler's {@code scheduled_tasks}: its execution time, and
 * whether an instance runs it now. A picked row whose heartbeat is older than {@link #STALE} belongs to a
 * dead instance and does not count as running.
 */
public final class DbSchedulerPullSchedule implements PullSchedule {
    static final Duration STALE = Duration.ofMinutes(10);

    private final JdbcClient jdbc;
    private final Clock clock;

    public DbSchedulerPullSchedule(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<ScheduledPull> next(TenantId tenant) {
        Instant staleBefore = clock.instant().minus(STALE);
        return jdbc.sql("SELECT execution_time, picked, last_heartbeat FROM scheduled_tasks"
                        + " WHERE task_name = :task AND task_instance = :tenant")
                .param("task", SyncTask.NAME)
                .param("tenant", Long.toString(tenant.value()))
                .query((row, n) -> {
                    Timestamp heartbeat = row.getTimestamp("last_heartbeat");
                    boolean running = row.getBoolean("picked")
                            && heartbeat != null
                            && heartbeat.toInstant().isAfter(staleBefore);
                    return new ScheduledPull(row.getTimestamp("execution_time").toInstant(), running);
                })
                .optional();
    }
}
