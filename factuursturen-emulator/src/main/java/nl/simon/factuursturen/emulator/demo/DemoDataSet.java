package nl.simon.factuursturen.emulator.demo;

import java.util.List;
import java.util.Map;

/**
 * The demo FS account of docs/contracts.md §1: username {@code demo}, API key {@code demo-api-key}, ten Dutch
 * clients with addresses, the products {@code 0001} Reistijd, {@code 0002} Werktijd, {@code 0003}
 * Voorrijkosten and some materials, and four quotations, two with "WB" in their description. Everything
 * is created through the API's own create path, so it looks exactly like data a client would have made.
 */
public final class DemoDataSet {

    public static final String USERNAME = "demo";
    public static final String API_KEY = "demo-api-key";

    /** Creates one record the way {@code POST {resource}} does and answers its id. */
    @FunctionalInterface
    public interface Creator {
        String create(String resource, Map<String, ?> fields);
    }

    private DemoDataSet() {}

    public static void fill(Creator creator) {
        DemoClients.ALL.forEach(client -> creator.create("clients", client));
        DemoProducts.ALL.forEach(product -> creator.create("products", product));
        quotations().forEach(quotation -> creator.create("quotations", quotation));
    }

    private static List<Map<String, ?>> quotations() {
        return List.of(
                quotation(
                        "1",
                        "WB Onderhoud cv-ketel",
                        "OFF-2025-001",
                        "Jaarlijks onderhoud, sleutel bij de buren",
                        line(1, "0003 Voorrijkosten", "35.00", 21),
                        line(1.5, "0002 Werktijd", "62.50", 21),
                        line(1, "Onderhoudsset cv-ketel", "24.95", 21)),
                quotation(
                        "3",
                        "Vervangen thermostaatkranen",
                        "OFF-2025-002",
                        "Drie radiatoren op de eerste verdieping",
                        line(3, "Thermostatische radiatorkraan", "27.50", 21),
                        line(2, "0002 Werktijd", "62.50", 21)),
                quotation(
                        "6",
                        "WB Lekkage badkamer",
                        "OFF-2025-003",
                        "Werkbon: lekkage onder het bad verhelpen",
                        line(1, "0003 Voorrijkosten", "35.00", 21),
                        line(0.5, "0001 Reistijd", "45.00", 21),
                        line(1, "0002 Werktijd", "62.50", 21)),
                quotation(
                        "8",
                        "Rookmelders plaatsen",
                        "OFF-2025-004",
                        "",
                        line(4, "Rookmelder 10 jaar", "19.95", 21),
                        line(1, "0002 Werktijd", "62.50", 21)));
    }

    private static Map<String, ?> quotation(
            String clientnr, String savename, String reference, String notes, Map<?, ?>... lines) {
        return Map.of(
                "action",
                "save",
                "clientnr",
                clientnr,
                "savename",
                savename,
                "quotationreference",
                reference,
                "notes",
                notes,
                "lines",
                List.of(lines));
    }

    private static Map<String, ?> line(double amount, String description, String price, int taxRate) {
        return Map.of("amount", amount, "description", description, "price", price, "tax_rate", taxRate);
    }
}
