package nl.simon.adapter.api;

import java.time.Instant;
import nl.simon.customer.Customer;
import nl.simon.shared.Origin;

record CustomerJson(
        long id,
        String name,
        String address,
        String zipcode,
        String city,
        String fsClientNr,
        Origin origin,
        boolean active,
        Instant changedAt) {

    static CustomerJson of(Customer customer) {
        return new CustomerJson(
                customer.id().value(),
                customer.name(),
                customer.address().street(),
                customer.address().zipcode(),
                customer.address().city(),
                customer.fsClientNr(),
                customer.origin(),
                customer.active(),
                customer.changedAt());
    }
}
