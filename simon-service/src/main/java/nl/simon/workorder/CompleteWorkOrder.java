package nl.simon.workorder;

import nl.simon.shared.TenantId;
import nl.simon.shared.Transactions;

/** Reports a work order done ("gereed melden"): OPEN or PLANNED → COMPLETED. */
public final class CompleteWorkOrder {
    private final WorkOrders workOrders;
    private final Transactions transactions;

    public CompleteWorkOrder(WorkOrders workOrders, Transactions transactions) {
        this.workOrders = workOrders;
        this.transactions = transactions;
    }

    public void complete(TenantId tenant, WorkOrderId id) {
        transactions.run(() -> {
            WorkOrderStatus next = workOrders.locked(tenant, id).status().complete();
            workOrders.changeStatus(tenant, id, next);
        });
    }
}
