package nl.simon.customer;

public record LocationId(long value) {}
