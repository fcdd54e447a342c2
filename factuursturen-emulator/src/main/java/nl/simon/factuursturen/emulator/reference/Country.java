package nl.simon.factuursturen.emulator.reference;

/** One entry of {@code GET countrylist}: FactuurSturen's own numeric id (as a string) and a name. */
public record Country(String id, String name) {}
