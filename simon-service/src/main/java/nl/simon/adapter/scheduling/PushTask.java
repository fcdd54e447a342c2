package nl.simon.adapter.scheduling;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Duration;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import nl.simon.shared.TenantId;
import nl.simon.sync.PushOutcome;
import nl.simon.workorder.WorkOrderId;

/**
 * The one-off {@code fs-push} job of an archived work order (instance id = work order id, data = tenant):
 * runs the push; waits for the quota or a reconnect when told to; an unknown outcome (FS unreachable,
 * a timeout) fails the run, which is retried with a doubling backoff up to 10 minutes.
 */
public final class PushTask {
    public static final String NAME = "fs-push";

    private final CustomTask<Long> task;

    /**
     * {@code afterRemoved} runs after a finished run removed its row: a Resend that came while the row still
     * existed found "already scheduled" and scheduled nothing, so it schedules again when the work order is
     * QUEUED (checked under the work order's row lock).
     */
    public PushTask(BiFunction<TenantId, WorkOrderId, PushOutcome> push, BiConsumer<TenantId, WorkOrderId> afterRemoved) {
        this.task = Tasks.custom(NAME, Long.class)
                .onFailure(new CappedBackoff<>(Duration.ofSeconds(5), Duration.ofMinutes(10)))
                .execute((instance, context) -> {
                    TenantId tenant = new TenantId(instance.getData());
                    WorkOrderId workOrder = new WorkOrderId(Long.parseLong(instance.getId()));
                    return next(push.apply(tenant, workOrder), () -> afterRemoved.accept(tenant, workOrder));
                });
    }

    public CustomTask<Long> task() {
        return task;
    }

    private static CompletionHandler<Long> next(PushOutcome outcome, Runnable afterRemoved) {
        if (outcome instanceof PushOutcome.RetryAt retry) {
            return (complete, operations) -> operations.reschedule(complete, retry.when());
        }
        return (complete, operations) -> {
            operations.stop();
            afterRemoved.run();
        };
    }
}
