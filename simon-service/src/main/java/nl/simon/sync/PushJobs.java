package nl.simon.sync;

import nl.simon.shared.TenantId;
import nl.simon.workorder.WorkOrderId;

/** The one-off push job of a work order, keyed by it: scheduling it twice is once. */
public interface PushJobs {
    void pushSoon(TenantId tenant, WorkOrderId workOrder);
}
