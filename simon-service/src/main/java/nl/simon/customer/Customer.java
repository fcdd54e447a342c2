package nl.simon.customer;

import java.time.Instant;
import nl.simon.shared.Origin;

/**
 * A customer (debtor). Pulled from FactuurSturen when the integration is active; its
 * {@code fsClientNr} is the FactuurSturen client number draft invoices are made on.
 */
public record Customer(
        CustomerId id,
        String name,
        Address address,
        String fsClientNr,
        Origin origin,
        boolean active,
        Instant changedAt) {}
