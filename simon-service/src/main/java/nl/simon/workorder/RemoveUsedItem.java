package nl.simon.workorder;

import nl.simon.shared.NotFoundException;
import nl.simon.shared.TenantId;
import nl.simon.shared.Transactions;

/** Removes a used item until the work order is archived. */
public final class RemoveUsedItem {
    private final WorkOrders workOrders;
    private final Transactions transactions;

    public RemoveUsedItem(WorkOrders workOrders, Transactions transactions) {
        this.workOrders = workOrders;
        this.transactions = transactions;
    }

    public void remove(TenantId tenant, WorkOrderId id, long usedItemId) {
        transactions.run(() -> {
            workOrders.locked(tenant, id).status().requireRegistrationAllowed();
            if (!workOrders.removeUsedItem(tenant, id, usedItemId)) {
                throw new NotFoundException("UsedItem", usedItemId);
            }
        });
    }
}
