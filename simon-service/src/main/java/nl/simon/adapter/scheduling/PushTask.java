package nl.simon.adapter.scheduling;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Duration;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.BooleanSupplier;
import nl.simon.integration.push.PushOutcome;
import nl.simon.shared.TenantId;
import nl.simon.shared.Transactions;
import nl.simon.workorder.WorkOrderId;

/**
 * The one-off {@code fs-push} job of an archived work order (instance id = work order id, data = tenant):
 * runs the push; waits for the quota or a reconnect when told to; an unknown outcome (FS unreachable,
 * a timeout) fails the run, which is retried after {@code firstRetry}, doubling, at most {@code maxRetry} (5 s and
 * 10 minutes in production).
 */
public final class PushTask {
    public static final String NAME = "fs-push";

    private final CustomTask<Long> task;

    /**
     * {@code queuedAgain} answers, under the work order's row lock, whether it is QUEUED again: a Resend that
     * committed while this run's row still existed scheduled nothing ("already scheduled"). A finished run then
     * keeps its row for that push (runs again now) instead of removing it; the check and the removal are one
     * transaction, and a Resend holds the same row lock until it commits, so no Resend can lose its job.
     */
    public PushTask(
            BiFunction<TenantId, WorkOrderId, PushOutcome> push,
            BiPredicate<TenantId, WorkOrderId> queuedAgain,
            Transactions transactions,
            Duration firstRetry,
            Duration maxRetry) {
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

    public CustomTask<Long> task() {
        return task;
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
