package nl.simon.item;

public record ItemId(long value) {}
