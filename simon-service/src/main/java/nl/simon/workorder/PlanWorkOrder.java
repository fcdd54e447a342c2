package nl.simon.workorder;

import java.time.Instant;
import nl.simon.shared.Input;
import nl.simon.shared.TenantId;
import nl.simon.shared.Transactions;

/** Plans an employee on an open or planned work order; the work order becomes PLANNED. */
public final class PlanWorkOrder {
    private final WorkOrders workOrders;
    private final Transactions transactions;

    public PlanWorkOrder(WorkOrders workOrders, Transactions transactions) {
        this.workOrders = workOrders;
        this.transactions = transactions;
    }

    public void plan(TenantId tenant, WorkOrderId id, String employee, Instant start) {
        String who = employee(employee);
        Instant when = Input.present("start", start);
        transactions.run(() -> {
            WorkOrder workOrder = workOrders.locked(tenant, id);
            WorkOrderStatus next = workOrder.status().plan();
            workOrders.addPlanning(tenant, id, who, when);
            workOrders.changeStatus(tenant, id, next);
        });
    }

    /** The employee of a planning: required, at most 200 characters. */
    static String employee(String employee) {
        return Input.maxLength("employee", Input.required("employee", employee), 200);
    }
}
