package nl.simon.adapter.scheduling;

import com.github.kagkarlsson.scheduler.CurrentlyExecuting;
import com.github.kagkarlsson.scheduler.event.AbstractSchedulerListener;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How late each job starts: from its due time (db-scheduler's execution time) to the moment a scheduler
 * thread starts it. The operator's first sign that an instance carries too many tenants. Served as the
 * histogram {@code simon_jobs_lag_seconds{task="fs-sync|fs-cleanup|fs-push"}} on {@code /actuator/prometheus}.
 */
public final class JobLagMetrics extends AbstractSchedulerListener {
    public static final String METRIC = "simon.jobs.lag";

    private final MeterRegistry registry;
    private final Clock clock;
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    /** {@code clock} must be the scheduler's (the system clock): due times are its instants. */
    public JobLagMetrics(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    @Override
    public void onExecutionStart(CurrentlyExecuting executing) {
        record(
                executing.getTaskInstance().getTaskName(),
                Duration.between(executing.getExecution().executionTime, clock.instant()));
    }

    /** Counts one start of a {@code task} job, {@code lag} after its due time (a negative lag counts as none). */
    public void record(String task, Duration lag) {
        timer(task).record(lag.isNegative() ? Duration.ZERO : lag);
    }

    private Timer timer(String task) {
        return timers.computeIfAbsent(
                task,
                name -> Timer.builder(METRIC)
                        .description("Time from a job's due time until it started")
                        .tag("task", name)
                        .publishPercentileHistogram()
                        .minimumExpectedValue(Duration.ofMillis(1))
                        .maximumExpectedValue(Duration.ofHours(1))
                        .register(registry));
    }
}
