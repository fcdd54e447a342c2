package nl.simon.integration.push;

import nl.simon.shared.TenantId;
import nl.simon.workorder.WorkOrderId;

/** The one-off push job of a work order, keyed by it: scheduling it twice is once. */
public interface PushJobs {
    void pushSoon(TenantId tenant, WorkOrderId workOrder);

    /**
     * Every QUEUED push of the tenant runs now instead of at its retry time (after a reconnect or a
     * re-activation); a QUEUED work order without its job gets one. Runs in the caller's transaction.
     */
    void pushQueuedNow(TenantId tenant);
}
