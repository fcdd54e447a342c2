package nl.simon.integration.push;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.simon.customer.Address;
import nl.simon.customer.Customer;
import nl.simon.customer.CustomerId;
import nl.simon.customer.CustomerSearch;
import nl.simon.customer.Customers;
import nl.simon.shared.Origin;
import nl.simon.shared.TenantId;

final class InMemoryCustomers implements Customers {
    private final Map<CustomerId, Customer> customers = new HashMap<>();

    void add(Customer customer) {
        customers.put(customer.id(), customer);
    }

    @Override
    public Optional<Customer> byId(TenantId tenant, CustomerId id) {
        return Optional.ofNullable(customers.get(id));
    }

    @Override
    public Customer add(TenantId tenant, String name, Address address, String fsClientNr, Origin origin) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Customer> search(TenantId tenant, CustomerSearch search, int limit, int offset) {
        throw new UnsupportedOperationException();
    }

    @Override
    public long count(TenantId tenant, CustomerSearch search) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Customer> updateSimonMade(
            TenantId tenant, CustomerId id, String name, Address address, String fsClientNr) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean fsClientNrTaken(TenantId tenant, String fsClientNr) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Customer> byFsClientNr(TenantId tenant, String fsClientNr) {
        throw new UnsupportedOperationException();
    }
}
