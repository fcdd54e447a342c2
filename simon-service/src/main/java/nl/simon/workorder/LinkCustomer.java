package nl.simon.workorder;

import nl.simon.customer.Customer;
import nl.simon.customer.CustomerId;
import nl.simon.customer.Customers;
import nl.simon.customer.Location;
import nl.simon.customer.LocationId;
import nl.simon.customer.Locations;
import nl.simon.shared.ConflictException;
import nl.simon.shared.Input;
import nl.simon.shared.InvalidInputException;
import nl.simon.shared.TenantId;
import nl.simon.shared.Transactions;

/**
 * Links a customer (and optionally a work address of it) to a work order. Allowed until archiving, and on
 * an archived work order whose draft invoice failed or was not sent, so the user can fix a missing
 * customer and send it again (docs/product.md §2.3, §8.1); an invoiced work order keeps its customer.
 */
public final class LinkCustomer {
    private final WorkOrders workOrders;
    private final Customers customers;
    private final Locations locations;
    private final Transactions transactions;

    public LinkCustomer(WorkOrders workOrders, Customers customers, Locations locations, Transactions transactions) {
        this.workOrders = workOrders;
        this.customers = customers;
        this.locations = locations;
        this.transactions = transactions;
    }

    public void link(TenantId tenant, WorkOrderId id, Long customerId, Long locationId) {
        Input.present("customerId", customerId);
        transactions.run(() -> {
            WorkOrder workOrder = workOrders.locked(tenant, id);
            if (workOrder.status() == WorkOrderStatus.ARCHIVED
                    && !workOrder.invoiceSync().state().canBeResent()) {
                throw new ConflictException("error.workorder.customer-fixed");
            }
            Customer customer = customers
                    .byId(tenant, new CustomerId(customerId))
                    .filter(Customer::active)
                    .orElseThrow(() -> new InvalidInputException("customerId", "error.unknown-customer", customerId));
            LocationId location = null;
            if (locationId != null) {
                Location found = locations
                        .byId(tenant, new LocationId(locationId))
                        .orElseThrow(
                                () -> new InvalidInputException("locationId", "error.unknown-location", locationId));
                if (!found.customer().equals(customer.id())) {
                    throw new InvalidInputException("locationId", "error.location-other-customer");
                }
                location = found.id();
            }
            workOrders.linkCustomer(tenant, id, customer.id(), location);
        });
    }
}
