package nl.simon.integration.push;

import java.math.BigDecimal;

/** A product as the invoice line copies it (FS has no product reference on lines): code, name, price, VAT. */
public record PricedProduct(String code, String name, BigDecimal price, BigDecimal vatPercentage) {
    String label() {
        return code + " " + name;
    }
}
