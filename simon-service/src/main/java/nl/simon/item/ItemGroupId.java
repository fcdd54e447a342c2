package nl.simon.item;

public record ItemGroupId(long value) {}
