package nl.simon.adapter.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.CurrentlyExecuting;
import com.github.kagkarlsson.scheduler.HeartbeatConfig;
import com.github.kagkarlsson.scheduler.task.Execution;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import nl.simon.factuursturen.emulator.SettableClock;
import org.junit.jupiter.api.Test;

class JobLagMetricsTest {
    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-29T08:00:00Z"));
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final JobLagMetrics metrics = new JobLagMetrics(registry, clock);

    @Test
    void records_the_time_from_due_to_start_per_task() {
        metrics.onExecutionStart(started("fs-sync", "7", clock.instant().minusSeconds(12)));
        metrics.onExecutionStart(started("fs-sync", "8", clock.instant().minusMillis(300)));
        metrics.onExecutionStart(started("fs-push", "7:3", clock.instant().minusSeconds(2)));

        Timer sync = registry.get(JobLagMetrics.METRIC).tag("task", "fs-sync").timer();
        Timer push = registry.get(JobLagMetrics.METRIC).tag("task", "fs-push").timer();
        assertThat(sync.count()).isEqualTo(2);
        assertThat(sync.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(12_300);
        assertThat(sync.max(TimeUnit.MILLISECONDS)).isEqualTo(12_000);
        assertThat(push.count()).isEqualTo(1);
    }

    @Test
    void a_job_started_before_its_due_time_counts_as_on_time() {
        metrics.onExecutionStart(started("fs-sync", "9", clock.instant().plusSeconds(1)));

        Timer sync = registry.get(JobLagMetrics.METRIC).tag("task", "fs-sync").timer();
        assertThat(sync.count()).isEqualTo(1);
        assertThat(sync.totalTime(TimeUnit.MILLISECONDS)).isZero();
    }

    private CurrentlyExecuting started(String task, String id, Instant due) {
        return new CurrentlyExecuting(
                new Execution(due, new TaskInstance<>(task, id)),
                clock::instant,
                new HeartbeatConfig(Duration.ofMinutes(5), 6, Duration.ofMinutes(30)));
    }
}
