package nl.simon.factuursturen.emulator.reference;

/** An invoice layout profile ({@code GET profiles}); {@code default} travels as "1"/"0". */
public record Profile(String id, String name, boolean isDefault) {}
