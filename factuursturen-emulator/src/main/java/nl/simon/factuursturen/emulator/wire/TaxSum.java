package nl.simon.factuursturen.emulator.wire;

import java.math.BigDecimal;

/** One entry of an invoice's VAT breakdown: rate, VAT amount and the amount it was computed over. */
public record TaxSum(BigDecimal rate, BigDecimal sum, BigDecimal sumOf) {}
