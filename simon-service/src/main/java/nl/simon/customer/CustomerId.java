package nl.simon.customer;

public record CustomerId(long value) {}
