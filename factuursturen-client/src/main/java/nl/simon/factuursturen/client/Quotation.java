package nl.simon.factuursturen.client;

import java.time.LocalDate;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** A quotation ("offerte") in FactuurSturen. */
public record Quotation(
        String id,
        String clientnr,
        String savename,
        String quotationReference,
        String notes,
        List<String> reference,
        List<InvoiceLine> lines,
        LocalDate date) {

    static Quotation read(JsonNode node) {
        return new Quotation(
                Wire.text(node, "id"),
                Wire.text(node, "clientnr"),
                Wire.text(node, "savename"),
                Wire.text(node, "quotationreference"),
                Wire.text(node, "notes"),
                Wire.referenceLines(node),
                Wire.keyed(node, "lines", InvoiceLine::read),
                Wire.date(node, "date"));
    }
}
