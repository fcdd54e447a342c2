package nl.simon.integration.push;

import nl.simon.customer.Customer;
import nl.simon.customer.Customers;
import nl.simon.customer.Location;
import nl.simon.customer.Locations;
import nl.simon.shared.TenantId;
import nl.simon.workorder.ViewWorkOrder;
import nl.simon.workorder.WorkOrderDetails;
import nl.simon.workorder.WorkOrderId;

/** Reads a work order with its customer and work address, for the push and for the preview of its draft. */
public final class InvoicedWorkOrders {
    private final ViewWorkOrder view;
    private final Customers customers;
    private final Locations locations;

    public InvoicedWorkOrders(ViewWorkOrder view, Customers customers, Locations locations) {
        this.view = view;
        this.customers = customers;
        this.locations = locations;
    }

    public InvoicedWorkOrder read(TenantId tenant, WorkOrderId id) {
        WorkOrderDetails details = view.view(tenant, id);
        Customer customer = details.workOrder()
                .customer()
                .flatMap(c -> customers.byId(tenant, c))
                .orElse(null);
        Location location = details.workOrder()
                .location()
                .flatMap(l -> locations.byId(tenant, l))
                .orElse(null);
        return new InvoicedWorkOrder(details, customer, location);
    }

    /** The work order's number, for a log row about a push that composes nothing. */
    public long number(TenantId tenant, WorkOrderId id) {
        return view.view(tenant, id).workOrder().number();
    }
}
