package nl.simon.customer;

import java.util.List;
import java.util.Optional;
import nl.simon.shared.TenantId;

public interface Locations {
    Location add(TenantId tenant, CustomerId customer, String name, Address address);

    Optional<Location> byId(TenantId tenant, LocationId id);

    List<Location> ofCustomer(TenantId tenant, CustomerId customer);

    /** Work addresses of the tenant's active customers, by customer name, at most {@code limit}. */
    List<Location> ofActiveCustomers(TenantId tenant, int limit);
}
