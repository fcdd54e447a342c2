package nl.simon.adapter.scheduling;

import com.github.kagkarlsson.scheduler.ScheduledExecution;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.simon.integration.push.PushJobs;
import nl.simon.shared.TenantId;
import nl.simon.workorder.WorkOrderId;

/** Schedules a work order's push in db-scheduler, in the caller's transaction (the outbox row). */
public final class DbSchedulerPushJobs implements PushJobs {
    private final SchedulerClient scheduler;
    private final PushTask pushTask;
    private final Runnable wakeScheduler;
    private final Clock clock;
    private final Function<TenantId, List<WorkOrderId>> queued;

    /** {@code wakeScheduler} makes the scheduler look for due jobs now instead of at its next poll. */
    public DbSchedulerPushJobs(SchedulerClient scheduler, PushTask pushTask, Runnable wakeScheduler, Clock clock) {
        this(scheduler, pushTask, wakeScheduler, clock, tenant -> List.of());
    }

    /** {@code queued} lists the tenant's work orders whose push is QUEUED (for {@link #pushQueuedNow}). */
    public DbSchedulerPushJobs(
            SchedulerClient scheduler,
            PushTask pushTask,
            Runnable wakeScheduler,
            Clock clock,
            Function<TenantId, List<WorkOrderId>> queued) {
        this.scheduler = scheduler;
        this.pushTask = pushTask;
        this.wakeScheduler = wakeScheduler;
        this.clock = clock;
        this.queued = queued;
    }

    @Override
    public void pushSoon(TenantId tenant, WorkOrderId workOrder) {
        scheduler.scheduleIfNotExists(
                pushTask.task().instance(String.valueOf(workOrder.value()), tenant.value()), clock.instant());
        AfterCommit.run(wakeScheduler);
    }

    /** A push being run now is left alone: it ends by itself or reschedules from its own outcome. */
    @Override
    public void pushQueuedNow(TenantId tenant) {
        List<WorkOrderId> workOrders = queued.apply(tenant);
        for (WorkOrderId workOrder : workOrders) {
            TaskInstanceId instance = TaskInstanceId.of(PushTask.NAME, String.valueOf(workOrder.value()));
            Optional<ScheduledExecution<Object>> scheduled = scheduler.getScheduledExecution(instance);
            if (scheduled.isEmpty()) {
                scheduler.scheduleIfNotExists(
                        pushTask.task().instance(String.valueOf(workOrder.value()), tenant.value()), clock.instant());
            } else if (!scheduled.get().isPicked()) {
                scheduler.reschedule(instance, clock.instant());
            }
        }
        if (!workOrders.isEmpty()) {
            AfterCommit.run(wakeScheduler);
        }
    }
}
