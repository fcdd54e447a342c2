package nl.simon.factuursturen.client;

import java.math.BigDecimal;
import tools.jackson.databind.JsonNode;

/** A VAT rate configured in the account: type H (high), L (low), Z (zero) or N (no VAT). */
public record Tax(BigDecimal percentage, String type, boolean isDefault, String country) {

    static Tax read(JsonNode node) {
        return new Tax(
                Wire.decimal(node, "percentage"),
                Wire.text(node, "type"),
                Wire.bool(node, "default", false),
                Wire.text(node, "country"));
    }
}
