package nl.simon.customer;

import java.time.Instant;

/**
 * A work address: where the work is done. Always belongs to one customer. {@code fromFactuurSturen}: the one
 * work address the pull makes from an FS client's own address (changed in FactuurSturen, not in Simon).
 */
public record Location(
        LocationId id,
        CustomerId customer,
        String name,
        Address address,
        Instant changedAt,
        boolean fromFactuurSturen) {}
