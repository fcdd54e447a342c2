package nl.simon.integration.push;

import java.time.Clock;
import nl.simon.integration.fs.FsFailure;
import nl.simon.integration.jobs.JobEpisodes;
import nl.simon.integration.lifecycle.SuspendTenant;
import nl.simon.shared.TenantId;
import nl.simon.workorder.WorkOrderId;

/**
 * The body of the {@code fs-push} job: {@link PushWorkOrder}, plus what escapes it. A key FS refuses or
 * that cannot be decrypted suspends the tenant (red row) and the push waits for the reconnect, which
 * sends it at once; an unexpected failure (a bug, a bad record) is one red row per episode, kept for
 * the status page until that push succeeds, and fails the run so it backs off.
 */
public final class GuardedPush {
    private final PushWorkOrder push;
    private final SuspendTenant suspension;
    private final JobEpisodes episodes;
    private final Clock clock;

    public GuardedPush(PushWorkOrder push, SuspendTenant suspension, JobEpisodes episodes, Clock clock) {
        this.push = push;
        this.suspension = suspension;
        this.episodes = episodes;
        this.clock = clock;
    }

    /** The job's name in the failure records: one per work order, so one bad work order does not hide others. */
    public static String jobOf(WorkOrderId workOrder) {
        return "fs-push:" + workOrder.value();
    }

    public PushOutcome push(TenantId tenant, WorkOrderId workOrder) {
        try {
            return episodes.run(tenant, jobOf(workOrder), () -> push.push(tenant, workOrder));
        } catch (FsFailure.Unauthorized refused) {
            suspension.suspend(tenant, refused);
            return new PushOutcome.RetryAt(clock.instant().plus(PushWorkOrder.SUSPENDED_RETRY));
        }
    }
}
