package nl.simon.workorder;

import java.math.BigDecimal;
import nl.simon.shared.NotFoundException;
import nl.simon.shared.TenantId;
import nl.simon.shared.Transactions;

/** Corrects the quantity of a used item until the work order is archived (same rules as {@link AddUsedItem}). */
public final class ChangeUsedItem {
    private final WorkOrders workOrders;
    private final Transactions transactions;

    public ChangeUsedItem(WorkOrders workOrders, Transactions transactions) {
        this.workOrders = workOrders;
        this.transactions = transactions;
    }

    public void change(TenantId tenant, WorkOrderId id, long usedItemId, BigDecimal quantity) {
        BigDecimal amount = AddUsedItem.quantity(quantity);
        transactions.run(() -> {
            workOrders.locked(tenant, id).status().requireRegistrationAllowed();
            if (!workOrders.changeUsedItem(tenant, id, usedItemId, amount)) {
                throw new NotFoundException("UsedItem", usedItemId);
            }
        });
    }
}
