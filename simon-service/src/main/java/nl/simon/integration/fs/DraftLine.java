package nl.simon.integration.fs;

import java.math.BigDecimal;

/** A line of a draft invoice; a text line has only a description. */
public record DraftLine(BigDecimal amount, String description, BigDecimal price, BigDecimal vatPercentage) {
    public static DraftLine text(String description) {
        return new DraftLine(null, description, null, null);
    }
}
