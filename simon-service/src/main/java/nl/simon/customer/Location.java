package nl.simon.customer;

import java.time.Instant;

/** A work address: where the work is done. Always belongs to one customer. */
public record Location(LocationId id, CustomerId customer, String name, Address address, Instant changedAt) {}
