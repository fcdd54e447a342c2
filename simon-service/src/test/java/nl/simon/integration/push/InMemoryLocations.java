package nl.simon.integration.push;

import java.util.List;
import java.util.Optional;
import nl.simon.customer.Address;
import nl.simon.customer.CustomerId;
import nl.simon.customer.Location;
import nl.simon.customer.LocationId;
import nl.simon.customer.Locations;
import nl.simon.shared.TenantId;

final class InMemoryLocations implements Locations {
    @Override
    public Optional<Location> byId(TenantId tenant, LocationId id) {
        return Optional.empty();
    }

    @Override
    public Location add(TenantId tenant, CustomerId customer, String name, Address address) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Location> updateSimonMade(TenantId tenant, LocationId id, String name, Address address) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Location> ofCustomer(TenantId tenant, CustomerId customer) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Location> ofCustomers(TenantId tenant, List<CustomerId> customers) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Location> ofCustomer(TenantId tenant, CustomerId customer, String query, int limit, int offset) {
        throw new UnsupportedOperationException();
    }

    @Override
    public long countOfCustomer(TenantId tenant, CustomerId customer, String query) {
        throw new UnsupportedOperationException();
    }
}
