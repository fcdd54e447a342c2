package nl.simon.adapter.api;

import java.math.BigDecimal;

/**
 * An amount of money as the API writes it: a plain decimal with at least two decimals ({@code 10.00},
 * {@code 34.5 → 34.50}, {@code 0.125} stays), never {@code 1E+1} (the mapper writes plain decimals too).
 */
final class Money {
    private Money() {}

    static BigDecimal of(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        return amount.scale() < 2 ? amount.setScale(2) : amount;
    }
}
