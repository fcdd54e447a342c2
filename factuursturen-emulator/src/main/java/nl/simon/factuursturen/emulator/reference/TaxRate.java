package nl.simon.factuursturen.emulator.reference;

/** One entry of {@code GET taxes}: percentage, type H/L/Z/N, whether it is the default, the country. */
public record TaxRate(int percentage, String type, boolean isDefault, String country) {}
