package nl.simon.factuursturen.emulator.wire;

import java.math.BigDecimal;

/**
 * One invoice or quotation line as stored. {@code textOnly} lines (only a description was sent) do not
 * take part in the VAT breakdown.
 */
public record Line(
        BigDecimal amount,
        String amountDesc,
        String description,
        BigDecimal taxRate,
        BigDecimal price,
        BigDecimal discountPct,
        BigDecimal linetotal,
        String type,
        boolean textOnly) {

    public Line withTotal(BigDecimal total) {
        return new Line(amount, amountDesc, description, taxRate, price, discountPct, total, type, textOnly);
    }
}
