package nl.simon.workorder;

import nl.simon.shared.NotFoundException;
import nl.simon.shared.TenantId;
import nl.simon.shared.Transactions;

/** Reads a work order with its plannings, time sheets and used items, as one consistent picture. */
public final class ViewWorkOrder {
    private final WorkOrders workOrders;
    private final Transactions transactions;

    public ViewWorkOrder(WorkOrders workOrders, Transactions transactions) {
        this.workOrders = workOrders;
        this.transactions = transactions;
    }

    public WorkOrderDetails view(TenantId tenant, WorkOrderId id) {
        return transactions.inTransaction(() -> {
            WorkOrder workOrder =
                    workOrders.byId(tenant, id).orElseThrow(() -> new NotFoundException("WorkOrder", id.value()));
            return new WorkOrderDetails(
                    workOrder,
                    workOrders.plannings(tenant, id),
                    workOrders.timeSheets(tenant, id),
                    workOrders.usedItems(tenant, id));
        });
    }
}
