package nl.simon.customer;

import java.util.List;
import java.util.Optional;
import nl.simon.shared.TenantId;

public interface Locations {
    Location add(TenantId tenant, CustomerId customer, String name, Address address);

    Optional<Location> byId(TenantId tenant, LocationId id);

    /** Changes a work address made in Simon (not the pull's own); empty when there is none with this id. */
    Optional<Location> updateSimonMade(TenantId tenant, LocationId id, String name, Address address);

    List<Location> ofCustomer(TenantId tenant, CustomerId customer);

    /** The work addresses of all these customers, in one query (a page of a picker), by customer and then id. */
    List<Location> ofCustomers(TenantId tenant, List<CustomerId> customers);

    /** The customer's work addresses whose name, address, zipcode or city contains {@code query} (all when null). */
    List<Location> ofCustomer(TenantId tenant, CustomerId customer, String query, int limit, int offset);

    long countOfCustomer(TenantId tenant, CustomerId customer, String query);
}
