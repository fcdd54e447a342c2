package nl.simon.factuursturen.client;

import java.math.BigDecimal;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * A line of an invoice, draft or quotation. A text-only line has just a description. Products
 * are not referenced by id: their code and name go into the description, price and VAT into
 * {@code price} and {@code taxRate}.
 */
public record InvoiceLine(BigDecimal amount, String description, BigDecimal price, BigDecimal taxRate) {

    public InvoiceLine {
        Objects.requireNonNull(description, "description");
    }

    public static InvoiceLine text(String description) {
        return new InvoiceLine(null, description, null, null);
    }

    public boolean isTextOnly() {
        return amount == null && price == null && taxRate == null;
    }

    static InvoiceLine read(JsonNode node) {
        String description = Wire.text(node, "description");
        return new InvoiceLine(
                Wire.decimal(node, "amount"),
                description == null ? "" : description,
                Wire.decimal(node, "price"),
                Wire.decimal(node, "tax_rate"));
    }
}
