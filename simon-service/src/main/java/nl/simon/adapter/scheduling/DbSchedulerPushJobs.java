package nl.simon.adapter.scheduling;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import java.time.Clock;
import nl.simon.shared.TenantId;
import nl.simon.sync.PushJobs;
import nl.simon.workorder.WorkOrderId;

/** Schedules a work order's push in db-scheduler, in the caller's transaction (the outbox row). */
public final class DbSchedulerPushJobs implements PushJobs {
    private final SchedulerClient scheduler;
    private final PushTask pushTask;
    private final Runnable wakeScheduler;
    private final Clock clock;

    /** {@code wakeScheduler} makes the scheduler look for due jobs now instead of at its next poll. */
    public DbSchedulerPushJobs(SchedulerClient scheduler, PushTask pushTask, Runnable wakeScheduler, Clock clock) {
        this.scheduler = scheduler;
        this.pushTask = pushTask;
        this.wakeScheduler = wakeScheduler;
        this.clock = clock;
    }

    @Override
    public void pushSoon(TenantId tenant, WorkOrderId workOrder) {
        scheduler.scheduleIfNotExists(pushTask.task().instance(String.valueOf(workOrder.value()), tenant.value()),
                clock.instant());
        AfterCommit.run(wakeScheduler);
    }
}
