package nl.simon.adapter.scheduling;

import com.github.kagkarlsson.scheduler.ScheduledExecution;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import nl.simon.integration.push.PushJobs;
import nl.simon.integration.push.PushOutcome;
import nl.simon.shared.TenantId;
import nl.simon.shared.Transactions;
import nl.simon.workorder.WorkOrderId;

/**
 * The push's job in db-scheduler, both halves: {@link #pushSoon} schedules the one-off {@code fs-push} job of an
 * archived work order (instance id = work order id, data = tenant) in the caller's transaction (the outbox row),
 * and {@link #task()} runs it: the push; a wait for the quota or a reconnect when told to; an unknown outcome (FS
 * unreachable, a timeout) fails the run, which is retried after {@code firstRetry}, doubling, at most
 * {@code maxRetry} (5 s and 10 minutes in production).
 */
public final class DbSchedulerPushJobs implements PushJobs {
    public static final String NAME = "fs-push";

    private final SchedulerClient scheduler;
    private final CustomTask<Long> task;
    private final Runnable wakeScheduler;
    private final Clock clock;
    private final Function<TenantId, List<WorkOrderId>> queued;

    /**
     * {@code push} runs one push. {@code queuedAgain} answers, under the work order's row lock, whether it is
     * QUEUED again: a Resend that committed while this run's row still existed scheduled nothing ("already
     * scheduled"). A finished run then keeps its row for that push (runs again now) instead of removing it; the
     * check and the removal are one transaction, and a Resend holds the same row lock until it commits, so no
     * Resend can lose its job. {@code wakeScheduler} makes the scheduler look for due jobs now instead of at its
     * next poll; {@code queued} lists the tenant's work orders whose push is QUEUED (for {@link #pushQueuedNow}).
     */
    public DbSchedulerPushJobs(
            SchedulerClient scheduler,
            BiFunction<TenantId, WorkOrderId, PushOutcome> push,
            BiPredicate<TenantId, WorkOrderId> queuedAgain,
            Transactions transactions,
            Duration firstRetry,
            Duration maxRetry,
            Runnable wakeScheduler,
            Clock clock,
            Function<TenantId, List<WorkOrderId>> queued) {
        this.scheduler = scheduler;
        this.wakeScheduler = wakeScheduler;
        this.clock = clock;
        this.queued = queued;
        this.task = Tasks.custom(NAME, Long.class)
                .onFailure(new CappedBackoff<>(firstRetry, maxRetry))
                .execute((instance, context) -> {
                    TenantId tenant = new TenantId(instance.getData());
                    WorkOrderId workOrder = new WorkOrderId(Long.parseLong(instance.getId()));
                    return next(
                            JobFailureLog.logged(NAME, instance, () -> push.apply(tenant, workOrder)),
                            () -> queuedAgain.test(tenant, workOrder),
                            transactions);
                });
    }

    /** The job's definition, for the scheduler. */
    public CustomTask<Long> task() {
        return task;
    }

    @Override
    public void pushSoon(TenantId tenant, WorkOrderId workOrder) {
        scheduler.scheduleIfNotExists(
                task.instance(String.valueOf(workOrder.value()), tenant.value()), clock.instant());
        AfterCommit.run(wakeScheduler);
    }

    /** A push being run now is left alone: it ends by itself or reschedules from its own outcome. */
    @Override
    public void pushQueuedNow(TenantId tenant) {
        List<WorkOrderId> workOrders = queued.apply(tenant);
        for (WorkOrderId workOrder : workOrders) {
            TaskInstanceId instance = TaskInstanceId.of(NAME, String.valueOf(workOrder.value()));
            Optional<ScheduledExecution<Object>> scheduled = scheduler.getScheduledExecution(instance);
            if (scheduled.isEmpty()) {
                scheduler.scheduleIfNotExists(
                        task.instance(String.valueOf(workOrder.value()), tenant.value()), clock.instant());
            } else if (!scheduled.get().isPicked()) {
                scheduler.reschedule(instance, clock.instant());
            }
        }
        if (!workOrders.isEmpty()) {
            AfterCommit.run(wakeScheduler);
        }
    }

    private static CompletionHandler<Long> next(
            PushOutcome outcome, BooleanSupplier queuedAgain, Transactions transactions) {
        if (outcome instanceof PushOutcome.RetryAt retry) {
            return (complete, operations) -> operations.reschedule(complete, retry.when());
        }
        return (complete, operations) -> transactions.run(() -> {
            if (queuedAgain.getAsBoolean()) {
                operations.reschedule(complete, complete.getTimeDone());
            } else {
                operations.stop();
            }
        });
    }
}
