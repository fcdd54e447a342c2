package nl.simon.workorder;

import nl.simon.customer.Customer;
import nl.simon.customer.CustomerId;
import nl.simon.customer.Customers;
import nl.simon.customer.Location;
import nl.simon.customer.LocationId;
import nl.simon.customer.Locations;
import nl.simon.shared.Input;
import nl.simon.shared.InvalidInputException;
import nl.simon.shared.TenantId;
import nl.simon.shared.Transactions;
import nl.simon.tenant.Tenants;

/**
 * Creates an OPEN work order with the tenant's next number. The customer may be absent (the
 * invoice push then reports it); a location must belong to the chosen customer, and without a
 * customer the location's customer is taken.
 */
public final class CreateWorkOrder {
    private final WorkOrders workOrders;
    private final Customers customers;
    private final Locations locations;
    private final Tenants tenants;
    private final Transactions transactions;

    public CreateWorkOrder(
            WorkOrders workOrders,
            Customers customers,
            Locations locations,
            Tenants tenants,
            Transactions transactions) {
        this.workOrders = workOrders;
        this.customers = customers;
        this.locations = locations;
        this.tenants = tenants;
        this.transactions = transactions;
    }

    public WorkOrder create(TenantId tenant, NewWorkOrder input) {
        String description = Input.required("description", input.description(), Input.MAX_DESCRIPTION);
        String reference = Input.optional("customerReference", input.customerReference(), Input.MAX_REFERENCE);
        return transactions.inTransaction(() -> {
            CustomerId customer = customer(tenant, input.customerId());
            LocationId location = null;
            if (input.locationId() != null) {
                Location found = location(tenant, input.locationId(), customer);
                customer = found.customer();
                location = found.id();
            }
            long number = tenants.nextWorkOrderNumber(tenant);
            return workOrders.add(tenant, number, customer, location, description, reference);
        });
    }

    private CustomerId customer(TenantId tenant, Long customerId) {
        if (customerId == null) {
            return null;
        }
        Customer customer = customers
                .byId(tenant, new CustomerId(customerId))
                .orElseThrow(() -> new InvalidInputException("customerId", "error.unknown-customer", customerId));
        if (!customer.active()) {
            throw new InvalidInputException("customerId", "error.inactive-customer", customer.name());
        }
        return customer.id();
    }

    private Location location(TenantId tenant, long locationId, CustomerId customer) {
        Location location = locations
                .byId(tenant, new LocationId(locationId))
                .orElseThrow(() -> new InvalidInputException("locationId", "error.unknown-location", locationId));
        if (customer != null && !location.customer().equals(customer)) {
            throw new InvalidInputException("locationId", "error.location-other-customer");
        }
        return location;
    }
}
