package nl.simon.adapter.scheduling;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import nl.simon.shared.TenantId;

/**
 * The recurring {@code fs-cleanup} job of a tenant (default every 48 hours): runs the cleanup while
 * the tenant's integration runs jobs, and ends itself when it does not any more.
 */
public final class CleanupTask {
    public static final String NAME = "fs-cleanup";

    private final CustomTask<Long> task;
    private final Duration interval;

    public CleanupTask(Predicate<TenantId> runsJobs, ToIntFunction<TenantId> cleanUp, Duration interval, Clock clock) {
        this.interval = interval;
        this.task = Tasks.custom(NAME, Long.class)
                .onFailure(new CappedBackoff<>(Duration.ofMinutes(5), Duration.ofHours(6)))
                .execute((instance, context) -> {
                    TenantId tenant = new TenantId(instance.getData());
                    if (!runsJobs.test(tenant)) {
                        return new CompletionHandler.OnCompleteRemove<>();
                    }
                    JobFailureLog.logged(NAME, instance, () -> cleanUp.applyAsInt(tenant));
                    return (complete, operations) ->
                            operations.reschedule(complete, clock.instant().plus(interval));
                });
    }

    public CustomTask<Long> task() {
        return task;
    }

    public Duration interval() {
        return interval;
    }
}
