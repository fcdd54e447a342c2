package nl.simon.factuursturen.client;

import java.time.LocalDate;
import tools.jackson.databind.JsonNode;

/** A FactuurSturen client (debtor). {@code active=false} means hidden in FactuurSturen. */
public record FsClient(
        String clientnr,
        String company,
        String contact,
        String address,
        String zipcode,
        String city,
        String country,
        String email,
        String phone,
        String mobile,
        boolean active,
        LocalDate lastInvoice) {

    /** The name to show: the company, or the contact for a private person. */
    public String displayName() {
        if (company != null && !company.isBlank()) {
            return company;
        }
        return contact != null && !contact.isBlank() ? contact : "Klant " + clientnr;
    }

    static FsClient read(JsonNode node) {
        return new FsClient(
                Wire.text(node, "clientnr"),
                Wire.text(node, "company"),
                Wire.text(node, "contact"),
                Wire.text(node, "address"),
                Wire.text(node, "zipcode"),
                Wire.text(node, "city"),
                Wire.text(node, "country"),
                Wire.text(node, "email"),
                Wire.text(node, "phone"),
                Wire.text(node, "mobile"),
                Wire.bool(node, "active", true),
                Wire.date(node, "lastinvoice"));
    }
}
