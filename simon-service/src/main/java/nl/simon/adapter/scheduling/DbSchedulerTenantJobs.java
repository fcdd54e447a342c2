package nl.simon.adapter.scheduling;

import com.github.kagkarlsson.scheduler.ScheduledExecution;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import nl.simon.integration.jobs.TenantJobs;
import nl.simon.shared.TenantId;

/**
 * The tenant's jobs in db-scheduler: one {@code fs-sync} instance per tenant, keyed by tenant id,
 * so scheduling twice is a no-op and several service instances never run it twice at once.
 * Runs inside the caller's transaction (the starter makes db-scheduler transaction-aware).
 */
public final class DbSchedulerTenantJobs implements TenantJobs {
    private final SchedulerClient scheduler;
    private final SyncTask syncTask;
    private final CleanupTask cleanupTask;
    private final Runnable wakeScheduler;
    private final Clock clock;
    private final Consumer<TenantId> pushQueuedNow;

    public DbSchedulerTenantJobs(
            SchedulerClient scheduler,
            SyncTask syncTask,
            CleanupTask cleanupTask,
            Runnable wakeScheduler,
            Clock clock) {
        this(scheduler, syncTask, cleanupTask, wakeScheduler, clock, tenant -> {});
    }

    /** {@code pushQueuedNow} is {@code PushJobs#pushQueuedNow}: what {@link #resume} does to the tenant's pushes. */
    public DbSchedulerTenantJobs(
            SchedulerClient scheduler,
            SyncTask syncTask,
            CleanupTask cleanupTask,
            Runnable wakeScheduler,
            Clock clock,
            Consumer<TenantId> pushQueuedNow) {
        this.scheduler = scheduler;
        this.syncTask = syncTask;
        this.cleanupTask = cleanupTask;
        this.wakeScheduler = wakeScheduler;
        this.clock = clock;
        this.pushQueuedNow = pushQueuedNow;
    }

    /** The sync runs at once (the first import), the cleanup after its interval. */
    @Override
    public void start(TenantId tenant) {
        scheduler.scheduleIfNotExists(syncTask.task().instance(id(tenant), tenant.value()), clock.instant());
        scheduler.scheduleIfNotExists(
                cleanupTask.task().instance(id(tenant), tenant.value()),
                clock.instant().plus(cleanupTask.interval()));
        AfterCommit.run(wakeScheduler);
    }

    /**
     * After a reconnect or a re-activation: the pull runs now (also when a stale instance waits for a
     * later retry), the cleanup is scheduled again, and the tenant's QUEUED pushes go now.
     */
    @Override
    public void resume(TenantId tenant) {
        start(tenant);
        runNow(tenant);
        pushQueuedNow.accept(tenant);
    }

    @Override
    public void stop(TenantId tenant) {
        cancel(TaskInstanceId.of(SyncTask.NAME, id(tenant)));
        cancel(TaskInstanceId.of(CleanupTask.NAME, id(tenant)));
    }

    /** A run in progress cannot be cancelled; it ends by itself: it re-reads the integration and removes itself. */
    private void cancel(TaskInstanceId instance) {
        Optional<ScheduledExecution<Object>> scheduled = scheduler.getScheduledExecution(instance);
        if (scheduled.isPresent() && !scheduled.get().isPicked()) {
            scheduler.cancel(instance);
        }
    }

    @Override
    public void runNow(TenantId tenant) {
        TaskInstanceId instance = TaskInstanceId.of(SyncTask.NAME, id(tenant));
        Optional<ScheduledExecution<Object>> scheduled = scheduler.getScheduledExecution(instance);
        if (scheduled.isEmpty()) {
            start(tenant);
        } else if (!scheduled.get().isPicked()) {
            scheduler.reschedule(instance, clock.instant());
            AfterCommit.run(wakeScheduler);
        }
    }

    private static String id(TenantId tenant) {
        return Long.toString(tenant.value());
    }
}
