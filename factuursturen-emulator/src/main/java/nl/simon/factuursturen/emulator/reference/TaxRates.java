package nl.simon.factuursturen.emulator.reference;

import java.math.BigDecimal;
import java.util.List;

/**
 * The VAT rates every emulated account has configured (docs/factuursturen-api.md §4.11, §6): 21 % high (default), 9 % low,
 * 0 % zero rate and "no VAT". Product {@code taxes} and line {@code tax_rate} must be one of them.
 */
public final class TaxRates {

    public static final BigDecimal DEFAULT = BigDecimal.valueOf(21);

    private static final List<TaxRate> ALL = List.of(
            new TaxRate(21, "H", true, "NL"),
            new TaxRate(9, "L", false, "NL"),
            new TaxRate(0, "Z", false, "NL"),
            new TaxRate(0, "N", false, "NL"));

    private TaxRates() {}

    public static List<TaxRate> all() {
        return ALL;
    }

    public static boolean isConfigured(BigDecimal percentage) {
        return ALL.stream()
                .anyMatch(rate -> BigDecimal.valueOf(rate.percentage()).compareTo(percentage) == 0);
    }
}
