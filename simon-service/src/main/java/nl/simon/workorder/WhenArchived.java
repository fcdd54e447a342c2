package nl.simon.workorder;

import nl.simon.shared.TenantId;

/** What happens next to an archived work order (the integration queues its draft invoice), in the archive's transaction. */
@FunctionalInterface
public interface WhenArchived {
    void archived(TenantId tenant, WorkOrderId workOrder);
}
