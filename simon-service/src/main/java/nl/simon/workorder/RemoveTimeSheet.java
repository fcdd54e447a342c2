package nl.simon.workorder;

import nl.simon.shared.NotFoundException;
import nl.simon.shared.TenantId;
import nl.simon.shared.Transactions;

/** Removes a time entry until the work order is archived. */
public final class RemoveTimeSheet {
    private final WorkOrders workOrders;
    private final Transactions transactions;

    public RemoveTimeSheet(WorkOrders workOrders, Transactions transactions) {
        this.workOrders = workOrders;
        this.transactions = transactions;
    }

    public void remove(TenantId tenant, WorkOrderId id, long timeSheetId) {
        transactions.run(() -> {
            workOrders.locked(tenant, id).status().requireRegistrationAllowed();
            if (!workOrders.removeTimeSheet(tenant, id, timeSheetId)) {
                throw new NotFoundException("TimeSheet", timeSheetId);
            }
        });
    }
}
