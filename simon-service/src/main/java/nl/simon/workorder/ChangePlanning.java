package nl.simon.workorder;

import java.time.Instant;
import nl.simon.shared.NotFoundException;
import nl.simon.shared.TenantId;
import nl.simon.shared.Transactions;

/**
 * Corrects a planning (who, when) until the work order is archived (issue 15). A field left out (null) keeps its
 * value; the result obeys the same rules as a new planning ({@link PlanWorkOrder}). The work order's status stays.
 */
public final class ChangePlanning {
    private final WorkOrders workOrders;
    private final Transactions transactions;

    public ChangePlanning(WorkOrders workOrders, Transactions transactions) {
        this.workOrders = workOrders;
        this.transactions = transactions;
    }

    public void change(TenantId tenant, WorkOrderId id, long planningId, String employee, Instant start) {
        String who = employee == null ? null : PlanWorkOrder.employee(employee);
        transactions.run(() -> {
            workOrders.locked(tenant, id).status().requireRegistrationAllowed();
            Planning now = workOrders.plannings(tenant, id).stream()
                    .filter(p -> p.id() == planningId)
                    .findFirst()
                    .orElseThrow(() -> new NotFoundException("Planning", planningId));
            workOrders.changePlanning(
                    tenant, id, planningId, who == null ? now.employee() : who, start == null ? now.start() : start);
        });
    }
}
