package nl.simon.customer;

import java.util.List;
import java.util.Optional;
import nl.simon.shared.Origin;
import nl.simon.shared.TenantId;

public interface Customers {
    Customer add(TenantId tenant, String name, Address address, String fsClientNr, Origin origin);

    Optional<Customer> byId(TenantId tenant, CustomerId id);

    /** Changes a customer made in Simon (origin SIMON); empty when there is none with this id. */
    Optional<Customer> updateSimonMade(TenantId tenant, CustomerId id, String name, Address address, String fsClientNr);

    /** Customers whose name, address, city or FS number contains {@code query} (all when null), by name. */
    default List<Customer> search(TenantId tenant, String query, int limit, int offset) {
        return search(tenant, CustomerSearch.of(query), limit, offset);
    }

    /** Customers matching {@code search}, by name; {@link #count} says how many match in all. */
    List<Customer> search(TenantId tenant, CustomerSearch search, int limit, int offset);

    long count(TenantId tenant, CustomerSearch search);

    boolean fsClientNrTaken(TenantId tenant, String fsClientNr);

    Optional<Customer> byFsClientNr(TenantId tenant, String fsClientNr);
}
