package nl.simon.workorder;

import nl.simon.shared.TenantId;
import nl.simon.shared.Transactions;

/** Archives a completed work order: COMPLETED → ARCHIVED, after which nothing on it changes. */
public final class ArchiveWorkOrder {
    private final WorkOrders workOrders;
    private final Transactions transactions;

    public ArchiveWorkOrder(WorkOrders workOrders, Transactions transactions) {
        this.workOrders = workOrders;
        this.transactions = transactions;
    }

    public void archive(TenantId tenant, WorkOrderId id) {
        transactions.run(() -> {
            WorkOrderStatus next = workOrders.locked(tenant, id).status().archive();
            workOrders.changeStatus(tenant, id, next);
        });
    }
}
