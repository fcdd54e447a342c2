package nl.simon.integration.quotations;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.simon.factuursturen.client.FactuurSturenClient;
import nl.simon.factuursturen.client.InvoiceLine;
import nl.simon.factuursturen.client.SavedInvoice;
import nl.simon.factuursturen.emulator.EmulatedAccount;
import nl.simon.testing.Api;
import nl.simon.testing.EmulatorExtension;
import nl.simon.testing.SimonIT;
import nl.simon.testing.TestTenants;
import nl.simon.testing.WebSession;
import nl.simon.testing.Wizard;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Quotations in FactuurSturen become work orders in Simon, each once, as the settings say. */
@SimonIT
class QuotationImportIT {
    @RegisterExtension
    static final EmulatorExtension fs = new EmulatorExtension();

    @Autowired
    TestTenants tenants;

    @Autowired
    JdbcClient jdbc;

    TestTenants.TestTenant tenant;
    Api admin;
    EmulatedAccount account;
    Wizard wizard;
    String clientnr;
    FactuurSturenClient fsClient;

    @BeforeEach
    void activatedTenant() {
        EmulatorExtension.Connected connected = fs.newTenant(tenants).withProducts("0002", "2001");
        clientnr =
                connected.account().create("clients", Map.of("company", "Bakkerij Jansen", "address", "Dorpsstraat 1"));
        connected.activated();
        tenant = connected.tenant();
        admin = connected.admin();
        account = connected.account();
        wizard = connected.wizard();
        fsClient = connected.fsClient();
    }

    @Test
    void each_quotation_with_the_filter_word_becomes_one_work_order_once() {
        String maintenance = quotation(
                "WB Onderhoud cv-ketel",
                "OFF-1",
                "Sleutel bij de buren",
                clientnr,
                line(1.5, "0002 Werktijd"),
                line(1, "Onderhoudsset"),
                line(2, "Rubber ringen"));
        quotation("Kranen vervangen", "OFF-2", "", clientnr, line(3, "0002 Werktijd"));
        quotation("Lekkage", "OFF-3", "werkbon: wb spoed", clientnr, line(1, "0002 Werktijd"));
        settings("QUOTATION_NAME", "QUOTATION_REFERENCE", "WB");

        wizard.syncNow();

        List<JsonNode> made = workOrders();
        assertThat(made)
                .extracting(
                        w -> w.get("description").asString().lines().findFirst().orElseThrow())
                .containsExactlyInAnyOrder("WB Onderhoud cv-ketel", "Lekkage");
        JsonNode onderhoud = workOrder("OFF-1");
        // 0002 is the work-time product of the settings: billed from the registered time, so no used item (issue 12)
        assertThat(onderhoud.get("description").asString())
                .isEqualTo("WB Onderhoud cv-ketel\n0002 Werktijd\nRubber ringen");
        assertThat(onderhoud.get("customerReference").asString()).isEqualTo("OFF-1");
        assertThat(onderhoud.get("quotationReference").asString()).isEqualTo("OFF-1");
        assertThat(onderhoud.get("usedItems"))
                .extracting(
                        u -> u.get("code").asString() + " x" + u.get("quantity").asString())
                .containsExactly("2001 x1");
        assertThat(onderhoud.get("customerId").isNull()).isFalse();
        assertThat(onderhoud.get("locationId").isNull()).isFalse();
        assertThat(log("WARNING")).anySatisfy(m -> assertThat(m).contains("Rubber ringen"));
        assertThat(log("INFO")).anySatisfy(m -> assertThat(m).contains("Offerte OFF-1 is werkbon"));
        // issue 15: the import is one (yellow) row with its counts; the quotations and lines are its details
        assertThat(logRows()).noneMatch(row -> row.get("code").asString().startsWith("quotation-"));
        JsonNode summary = logRows().stream()
                .filter(row -> "quotations-imported-with-warnings"
                        .equals(row.get("code").asString()))
                .findFirst()
                .orElseThrow();
        assertThat(summary.get("severity").asString()).isEqualTo("WARNING");
        assertThat(summary.get("message").asString()).startsWith("Import offertes: werkbonnen gemaakt ");
        assertThat(summary.get("details").asString()).startsWith("/api/integration/log/runs/quotations-");
        // issue 15 item 5: each detail row links to the work order its quotation became, in the API and on the page
        String offOneLink = "/work-orders/quotation/" + maintenance;
        List<JsonNode> offOne = admin.get(summary.get("details").asString())
                .json()
                .get("rows")
                .valueStream()
                .filter(row -> row.get("message").asString().contains("OFF-1"))
                .toList();
        assertThat(offOne)
                .extracting(row -> row.get("code").asString())
                .contains("quotation-imported", "quotation-line-unmatched", "quotation-line-billed-otherwise");
        assertThat(offOne)
                .allSatisfy(row -> assertThat(row.get("link").asString()).isEqualTo(offOneLink));
        WebSession web = tenant.adminWeb();
        // the details page shows each row's action too (the rows are no longer in the log itself)
        assertThat(web.page(summary.get("details").asString().replace("/api/", "/")))
                .contains("href=\"" + offOneLink + "\"")
                .contains("Registreer de werktijd en reistijd op de werkbon", "Boek het artikel zelf op de werkbon");
        HttpResponse<String> opened = web.open(offOneLink);
        assertThat(opened.statusCode()).isEqualTo(302);
        assertThat(opened.headers().firstValue("Location").orElseThrow())
                .endsWith("/work-orders/" + onderhoud.get("id").asLong());

        wizard.fs("PUT", "quotations/" + maintenance, "{\"savename\": \"WB Gewijzigd\", \"notes\": \"later\"}");
        wizard.syncNow();
        assertThat(workOrders()).hasSize(2);
        assertThat(workOrder("OFF-1").get("description").asString()).startsWith("WB Onderhoud cv-ketel");

        jdbc.sql("DELETE FROM work_order WHERE id = :id")
                .param("id", onderhoud.get("id").asLong())
                .update();
        wizard.syncNow();
        assertThat(workOrders()).hasSize(1);
        // the work order is gone: its rows' link shows the not-found page
        assertThat(web.open(offOneLink).statusCode()).isEqualTo(404);
    }

    @Test
    void lines_of_the_work_time_travel_time_and_standard_product_are_billed_once_not_as_used_items() {
        account.create("products", Map.of("code", "0001", "name", "Reistijd", "price", "45.00", "taxes", "21"));
        account.create("products", Map.of("code", "0003", "name", "Voorrijkosten", "price", "35.00", "taxes", "21"));
        wizard.syncNow();
        saveSettings(SETTINGS.formatted("\"0001\"", "\"0002\"", "\"0003\""));
        quotation(
                "WB Onderhoud",
                "OFF-20",
                "",
                clientnr,
                line(2, "0002 Werktijd"),
                line(0.5, "Reistijd"),
                line(1, "0003 Voorrijkosten"),
                line(1, "2001 Onderhoudsset"));

        wizard.syncNow();

        JsonNode made = workOrder("OFF-20");
        assertThat(made.get("usedItems"))
                .extracting(u -> u.get("code").asString())
                .containsExactly("2001");
        assertThat(made.get("description").asString())
                .isEqualTo("WB Onderhoud\n0002 Werktijd\nReistijd\n0003 Voorrijkosten");
        assertThat(log("INFO"))
                .filteredOn(m -> m.contains("OFF-20") && m.contains("alleen in de werkomschrijving"))
                .hasSize(3);
        assertThat(log("WARNING")).noneSatisfy(m -> assertThat(m).contains("OFF-20"));
        long id = made.get("id").asLong();
        admin.post(
                "/api/work-orders/" + id + "/timesheets",
                "{\"employee\": \"Pieter\", \"workMinutes\": 120, \"travelMinutes\": 30}");
        admin.post("/api/work-orders/" + id + "/complete");
        assertThat(admin.get("/api/work-orders/" + id + "/invoice-preview")
                        .json()
                        .get("warnings"))
                .isEmpty();

        admin.post("/api/work-orders/" + id + "/archive");

        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> "SENT"
                        .equals(admin.get("/api/work-orders/" + id)
                                .json()
                                .at("/invoiceSync/state")
                                .asString()));
        String name = admin.get("/api/work-orders/" + id)
                .json()
                .at("/invoiceSync/draftName")
                .asString();
        SavedInvoice draft = fsClient.findSavedInvoiceByName(name).orElseThrow();
        assertThat(draft.lines())
                .extracting(InvoiceLine::description)
                .containsExactly("0002 Werktijd", "0001 Reistijd", "2001 Onderhoudsset", "0003 Voorrijkosten");
        assertThat(draft.lines())
                .extracting(InvoiceLine::amount)
                .map(BigDecimal::stripTrailingZeros)
                .containsExactly(new BigDecimal("2"), new BigDecimal("0.5"), BigDecimal.ONE, BigDecimal.ONE);
    }

    @Test
    void the_preview_warns_whenever_a_product_would_appear_on_two_lines() {
        saveSettings(SETTINGS.formatted("null", "\"0002\"", "null"));
        long id = admin.post(
                        "/api/work-orders", "{\"customerId\": %d, \"description\": \"Kraan\"}".formatted(customerId()))
                .id();
        admin.post(
                "/api/work-orders/" + id + "/timesheets",
                "{\"employee\": \"Pieter\", \"workMinutes\": 60, \"travelMinutes\": 0}");
        admin.post(
                "/api/work-orders/" + id + "/used-items",
                "{\"itemId\": %d, \"quantity\": 1}".formatted(itemId("2001")));
        assertThat(admin.get("/api/work-orders/" + id + "/invoice-preview")
                        .json()
                        .get("warnings"))
                .isEmpty();

        admin.post(
                "/api/work-orders/" + id + "/used-items",
                "{\"itemId\": %d, \"quantity\": 1}".formatted(itemId("0002")));
        admin.post(
                "/api/work-orders/" + id + "/used-items",
                "{\"itemId\": %d, \"quantity\": 2}".formatted(itemId("2001")));

        JsonNode preview =
                admin.get("/api/work-orders/" + id + "/invoice-preview").json();
        assertThat(preview.get("ready").asBoolean()).isTrue();
        assertThat(preview.at("/draft/lines")).hasSize(4);
        assertThat(preview.get("warnings"))
                .extracting(JsonNode::asString)
                .containsExactly(
                        "Artikel 0002 Werktijd staat 2 keer op de conceptfactuur (werktijd, reistijd en het standaardartikel"
                                + " komen er vanzelf op). Klopt dat niet, boek het dan niet ook als verbruikt artikel, of haal na"
                                + " het archiveren de dubbele regel weg uit de conceptfactuur in FactuurSturen.",
                        "Artikel 2001 Onderhoudsset staat 2 keer op de conceptfactuur (werktijd, reistijd en het"
                                + " standaardartikel komen er vanzelf op). Klopt dat niet, boek het dan niet ook als verbruikt"
                                + " artikel, of haal na het archiveren de dubbele regel weg uit de conceptfactuur in FactuurSturen.");
        assertThat(admin.inLanguage("en")
                        .get("/api/work-orders/" + id + "/invoice-preview")
                        .json()
                        .at("/warnings/0")
                        .asString())
                .startsWith("Item 0002 Werktijd is on the draft invoice 2 times");
        String page = tenant.adminWeb().page("/work-orders/" + id);
        assertThat(page)
                .contains(
                        "id=\"preview-warnings\"",
                        "Artikel 0002 Werktijd staat 2 keer op de conceptfactuur",
                        "Artikel 2001 Onderhoudsset staat 2 keer op de conceptfactuur");
    }

    @Test
    void description_and_customer_reference_follow_the_settings() {
        settings("ALL_QUOTATION_LINES", "BOTH", null);
        quotation("Naam A", "REF-A", "Notities A", clientnr, line(1, "Eerste regel"), line(1, "Tweede regel"));
        wizard.syncNow();
        settings("FIRST_LINE_DESCRIPTION", "NOTHING", null);
        quotation("Naam B", "REF-B", "Notities B", clientnr, line(1, "Regel B1"), line(1, "Regel B2"));
        wizard.syncNow();
        settings("NOTES", "QUOTATION_NAME", null);
        quotation("Naam C", "REF-C", "Notities C", clientnr, line(1, "Regel C"));
        wizard.syncNow();
        settings("QUOTATION_REFERENCE", "QUOTATION_REFERENCE", null);
        quotation("Naam D", "REF-D", "", clientnr, line(1, "Regel D"));
        wizard.syncNow();

        assertThat(workOrder("REF-A").get("description").asString()).isEqualTo("Eerste regel\nTweede regel");
        assertThat(workOrder("REF-A").get("customerReference").asString()).isEqualTo("Naam A / REF-A");
        assertThat(workOrder("REF-B").get("description").asString()).startsWith("Regel B1");
        assertThat(workOrder("REF-B").get("customerReference").isNull()).isTrue();
        assertThat(workOrder("REF-C").get("description").asString()).startsWith("Notities C");
        assertThat(workOrder("REF-C").get("customerReference").asString()).isEqualTo("Naam C");
        assertThat(workOrder("REF-D").get("description").asString()).startsWith("REF-D");
        assertThat(workOrder("REF-D").get("customerReference").asString()).isEqualTo("REF-D");
    }

    @Test
    void a_quotation_whose_customer_is_not_in_simon_waits_and_is_reported_once() {
        String sleeping = account.create("clients", Map.of("company", "Slaapt BV", "active", "false"));
        quotation("WB Later", "OFF-9", "", sleeping, line(1, "0002 Werktijd"));
        settings("QUOTATION_NAME", "QUOTATION_REFERENCE", null);

        wizard.syncNow();
        wizard.syncNow();

        assertThat(workOrders()).isEmpty();
        assertThat(log("ERROR")).filteredOn(m -> m.contains("OFF-9")).hasSize(1);

        wizard.fs("PUT", "clients/" + sleeping, "{\"company\": \"Slaapt BV\", \"active\": \"true\"}");
        wizard.syncNow();
        assertThat(workOrder("OFF-9").get("description").asString()).startsWith("WB Later");
        // issue 15 item 5: the red row is resolved once the quotation became a work order
        assertThat(logRows())
                .filteredOn(row -> "quotation-waiting".equals(row.get("code").asString()))
                .singleElement()
                .satisfies(row -> assertThat(row.get("resolvedAt").isNull()).isFalse());
    }

    @Test
    void nothing_is_imported_while_the_setting_is_off() {
        quotation("WB Iets", "OFF-5", "", clientnr, line(1, "0002 Werktijd"));

        wizard.syncNow();

        assertThat(workOrders()).isEmpty();
    }

    private String quotation(String name, String reference, String notes, String client, Map<?, ?>... lines) {
        return account.create(
                "quotations",
                Map.of(
                        "action",
                        "save",
                        "savename",
                        name,
                        "quotationreference",
                        reference,
                        "notes",
                        notes,
                        "clientnr",
                        client,
                        "lines",
                        List.of(lines)));
    }

    private static Map<String, Object> line(double amount, String description) {
        return Map.of("amount", amount, "description", description, "price", "10.00", "tax_rate", 21);
    }

    private long customerId() {
        return admin.customerWithFsNumber(clientnr);
    }

    private long itemId(String code) {
        return admin.get("/api/items")
                .json()
                .valueStream()
                .filter(i -> code.equals(i.get("code").asString()))
                .findFirst()
                .orElseThrow()
                .get("id")
                .asLong();
    }

    /** Quotations on, every line a used item where it can be; travel, work and standard product codes to fill in. */
    private static final String SETTINGS = """
            {"quotationsToWorkOrders": true, "quotationFilterWord": null, "quotationLinesAsUsedItems": true,
             "workDescriptionSource": "QUOTATION_NAME", "customerReferenceSource": "QUOTATION_REFERENCE",
             "travelTimeProductCode": %s, "workTimeProductCode": %s, "standardProductCode": %s,
             "workOrderExclusionWord": null, "descriptionAsFirstLine": false,
             "invoiceReference": "WORK_ADDRESS", "invoiceName": "WORK_ORDER_NUMBER"}""";

    private void saveSettings(String body) {
        assertThat(admin.send("PUT", "/api/integration/settings", "application/json", body)
                        .status())
                .isEqualTo(200);
    }

    private void settings(String descriptionSource, String referenceSource, String filterWord) {
        String body = """
                {"quotationsToWorkOrders": true, "quotationFilterWord": %s, "quotationLinesAsUsedItems": true,
                 "workDescriptionSource": "%s", "customerReferenceSource": "%s",
                 "travelTimeProductCode": null, "workTimeProductCode": "0002", "standardProductCode": null,
                 "workOrderExclusionWord": null, "descriptionAsFirstLine": false,
                 "invoiceReference": "WORK_ADDRESS", "invoiceName": "WORK_ORDER_NUMBER"}""".formatted(
                        filterWord == null ? "null" : "\"" + filterWord + "\"", descriptionSource, referenceSource);
        assertThat(admin.send("PUT", "/api/integration/settings", "application/json", body)
                        .status())
                .isEqualTo(200);
    }

    private List<JsonNode> workOrders() {
        return admin.get("/api/work-orders").json().valueStream().toList();
    }

    private JsonNode workOrder(String quotationReference) {
        long id = workOrders().stream()
                .filter(w -> quotationReference.equals(
                        admin.get("/api/work-orders/" + w.get("id").asLong())
                                .json()
                                .get("quotationReference")
                                .asString()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no work order from " + quotationReference))
                .get("id")
                .asLong();
        return admin.get("/api/work-orders/" + id).json();
    }

    /** The log's messages of this severity, the details of its summary rows included (issue 15: one row per run). */
    private List<String> log(String severity) {
        List<String> messages = new java.util.ArrayList<>();
        for (JsonNode row : admin.get("/api/integration/log").json().get("rows")) {
            if (severity.equals(row.get("severity").asString())) {
                messages.add(row.get("message").asString());
            }
            if (!row.get("details").isNull()) {
                for (JsonNode detail :
                        admin.get(row.get("details").asString()).json().get("rows")) {
                    if (severity.equals(detail.get("severity").asString())) {
                        messages.add(detail.get("message").asString());
                    }
                }
            }
        }
        return messages;
    }

    private List<JsonNode> logRows() {
        return admin.get("/api/integration/log")
                .json()
                .get("rows")
                .valueStream()
                .toList();
    }
}
