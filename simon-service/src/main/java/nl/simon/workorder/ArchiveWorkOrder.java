package nl.simon.workorder;

import nl.simon.shared.TenantId;
import nl.simon.shared.Transactions;

/** Archives a completed work order: COMPLETED → ARCHIVED, after which nothing on it changes but its invoice state. */
public final class ArchiveWorkOrder {
    private final WorkOrders workOrders;
    private final WhenArchived whenArchived;
    private final Transactions transactions;

    public ArchiveWorkOrder(WorkOrders workOrders, WhenArchived whenArchived, Transactions transactions) {
        this.workOrders = workOrders;
        this.whenArchived = whenArchived;
        this.transactions = transactions;
    }

    /** Archives and, in the same transaction, queues the draft invoice (an outbox: both or neither). */
    public void archive(TenantId tenant, WorkOrderId id) {
        transactions.run(() -> {
            WorkOrderStatus next = workOrders.locked(tenant, id).status().archive();
            workOrders.changeStatus(tenant, id, next);
            whenArchived.archived(tenant, id);
        });
    }
}
