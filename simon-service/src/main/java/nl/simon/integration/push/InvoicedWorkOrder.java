package nl.simon.integration.push;

import nl.simon.customer.Customer;
import nl.simon.customer.Location;
import nl.simon.workorder.WorkOrder;
import nl.simon.workorder.WorkOrderDetails;

/**
 * A work order as its draft invoice is composed from it: its details (time, used items), its customer and its
 * work address, each null when it has none.
 */
public record InvoicedWorkOrder(WorkOrderDetails details, Customer customer, Location location) {
    public WorkOrder workOrder() {
        return details.workOrder();
    }

    public long number() {
        return details.workOrder().number();
    }
}
