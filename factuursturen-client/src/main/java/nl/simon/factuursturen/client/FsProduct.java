package nl.simon.factuursturen.client;

import java.math.BigDecimal;
import tools.jackson.databind.JsonNode;

/** A FactuurSturen product: {@code price} excludes VAT, {@code vatPercentage} is FS's {@code taxes}. */
public record FsProduct(
        String id, String code, String name, BigDecimal price, BigDecimal vatPercentage, BigDecimal priceInTax) {

    static FsProduct read(JsonNode node) {
        return new FsProduct(
                Wire.text(node, "id"),
                Wire.text(node, "code"),
                Wire.text(node, "name"),
                Wire.decimal(node, "price"),
                Wire.decimal(node, "taxes"),
                Wire.decimal(node, "priceintax"));
    }
}
