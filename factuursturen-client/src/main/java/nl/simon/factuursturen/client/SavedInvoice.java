package nl.simon.factuursturen.client;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** A draft ("saved invoice", "conceptfactuur") in FactuurSturen; {@code name} is the savename it was made with. */
public record SavedInvoice(
        String id,
        String name,
        String clientnr,
        List<String> reference,
        List<InvoiceLine> lines,
        BigDecimal totalInTax,
        LocalDate dateSaved) {

    static SavedInvoice read(JsonNode node) {
        return new SavedInvoice(
                Wire.text(node, "id"),
                Wire.text(node, "name"),
                Wire.text(node, "clientnr"),
                Wire.referenceLines(node),
                Wire.keyed(node, "lines", InvoiceLine::read),
                Wire.decimal(node, "totalintax"),
                Wire.date(node, "datesaved"));
    }
}
