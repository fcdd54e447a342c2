package nl.simon.adapter.scheduling;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import nl.simon.integration.pull.SyncOutcome;
import nl.simon.integration.pull.SyncTenant;
import nl.simon.shared.TenantId;

/**
 * The recurring {@code fs-sync} job of a tenant: runs {@link SyncTenant} and plans its own next run
 * from the outcome (the interval, the quota's refill time, or not at all). A failed run (FS
 * unreachable, an unexpected error) is retried with capped exponential backoff; a FactuurSturen
 * failure is logged as one line, an unexpected one with its stack trace ({@link JobFailureLog}).
 */
public final class SyncTask {
    public static final String NAME = "fs-sync";

    private final CustomTask<Long> task;

    /** {@code sync} is {@link SyncTenant#sync}, passed late: the tenant's jobs and its sync know each other. */
    public SyncTask(Function<TenantId, SyncOutcome> sync, Duration interval, Clock clock) {
        this.task = Tasks.custom(NAME, Long.class)
                .onFailure(new CappedBackoff<>(Duration.ofSeconds(30), Duration.ofMinutes(30)))
                .execute((instance, context) -> next(
                        JobFailureLog.logged(NAME, instance, () -> sync.apply(new TenantId(instance.getData()))),
                        interval,
                        clock));
    }

    public CustomTask<Long> task() {
        return task;
    }

    private static CompletionHandler<Long> next(SyncOutcome outcome, Duration interval, Clock clock) {
        if (outcome instanceof SyncOutcome.RetryAt retry) {
            return rescheduleAt(retry.when());
        }
        if (outcome instanceof SyncOutcome.Done) {
            return rescheduleAt(clock.instant().plus(interval));
        }
        return new CompletionHandler.OnCompleteRemove<>();
    }

    private static CompletionHandler<Long> rescheduleAt(Instant when) {
        return (complete, operations) -> operations.reschedule(complete, when);
    }
}
