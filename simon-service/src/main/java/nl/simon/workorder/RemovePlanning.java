package nl.simon.workorder;

import nl.simon.shared.NotFoundException;
import nl.simon.shared.TenantId;
import nl.simon.shared.Transactions;

/**
 * Removes a planning until the work order is archived. A PLANNED work order whose last planning goes
 * is OPEN again (it became PLANNED by a planning); a completed one stays completed.
 */
public final class RemovePlanning {
    private final WorkOrders workOrders;
    private final Transactions transactions;

    public RemovePlanning(WorkOrders workOrders, Transactions transactions) {
        this.workOrders = workOrders;
        this.transactions = transactions;
    }

    public void remove(TenantId tenant, WorkOrderId id, long planningId) {
        transactions.run(() -> {
            WorkOrder workOrder = workOrders.locked(tenant, id);
            workOrder.status().requireRegistrationAllowed();
            if (!workOrders.removePlanning(tenant, id, planningId)) {
                throw new NotFoundException("Planning", planningId);
            }
            if (workOrder.status() == WorkOrderStatus.PLANNED
                    && workOrders.plannings(tenant, id).isEmpty()) {
                workOrders.changeStatus(tenant, id, WorkOrderStatus.OPEN);
            }
        });
    }
}
