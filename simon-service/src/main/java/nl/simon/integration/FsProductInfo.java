package nl.simon.integration;

import java.math.BigDecimal;

/** A product as FactuurSturen knows it: what the "Controleer" button shows and invoice lines copy. */
public record FsProductInfo(String id, String code, String name, BigDecimal price, BigDecimal vatPercentage) {
}
