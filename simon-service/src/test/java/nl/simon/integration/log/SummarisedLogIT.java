package nl.simon.integration.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.simon.factuursturen.emulator.EmulatedAccount;
import nl.simon.testing.Api;
import nl.simon.testing.EmulatorExtension;
import nl.simon.testing.SimonIT;
import nl.simon.testing.TestTenants;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Issue 15 "a log that helps", over the real API with the emulator: a first import of 5,000 customers is a handful
 * of rows (one per pull run with its counts), its records are on the run's details (40 a page, not in the log), and a
 * red push row is marked resolved once the work order's draft is sent after all. Other tenants see none of it.
 */
@SimonIT
class SummarisedLogIT {
    @RegisterExtension
    static final EmulatorExtension fs = new EmulatorExtension();

    @LocalServerPort
    int port;

    @Autowired
    TestTenants tenants;

    Api admin;
    EmulatedAccount account;
    EmulatorExtension.Connected connected;

    @BeforeEach
    void tenant() {
        connected = fs.newTenant(tenants, port);
        admin = connected.admin();
        account = connected.account();
        account.create("products", Map.of("code", "0001", "name", "Reistijd", "price", "45.00", "taxes", "21"));
        account.create("products", Map.of("code", "0002", "name", "Werktijd", "price", "62.50", "taxes", "21"));
        account.create("products", Map.of("code", "0003", "name", "Voorrijkosten", "price", "35.00", "taxes", "21"));
    }

    @Test
    void a_first_import_of_5000_customers_is_a_handful_of_rows_with_details() {
        String lastClient = null;
        for (int i = 0; i < 5_000; i++) {
            lastClient = account.create(
                    "clients",
                    Map.of("company", "Klant " + i, "address", "Straat " + i, "zipcode", "1234 AB", "city", "Utrecht"));
        }
        connected.wizard().activate();
        connected.wizard().awaitImport();

        JsonNode log = admin.get("/api/integration/log").json();
        assertThat(log.get("pages").asInt()).isEqualTo(1);
        List<JsonNode> rows = log.get("rows").valueStream().toList();
        assertThat(rows).hasSizeLessThanOrEqualTo(12);
        assertThat(rows)
                .noneMatch(row -> "customer-added".equals(row.get("code").asString()));
        JsonNode customers = pulled(rows, "customers-pulled");
        assertThat(customers.get("message").asString())
                .isEqualTo("Import klanten: 5000 toegevoegd, 0 gewijzigd, 0 verwijderd");
        assertThat(pulled(rows, "items-pulled").get("message").asString())
                .isEqualTo("Import artikelen: 3 toegevoegd, 0 gewijzigd, 0 verwijderd");

        String details = customers.get("details").asString();
        assertThat(details).startsWith("/api/integration/log/runs/");
        JsonNode first = admin.get(details).json();
        // each customer with an address: "added" and its work address; 40 a page, oldest first
        assertThat(first.get("rows")).hasSize(40);
        assertThat(first.get("pages").asInt()).isEqualTo(250);
        assertThat(first.at("/rows/0/code").asString()).isEqualTo("customer-added");
        assertThat(first.at("/rows/0/message").asString()).startsWith("Klant toegevoegd aan Simon: Klant ");
        assertThat(admin.get(details + "?page=250").json().get("rows")).hasSize(40);
        assertThat(admin.get(details + "?page=0").status()).isEqualTo(400);

        // a later pull that changes one customer is one more summary row, its details that one record
        assertThat(connected.wizard().fs("PUT", "clients/" + lastClient, "{\"company\": \"Klant 4999 BV\"}"))
                .isLessThan(300);
        connected.wizard().syncNow();
        JsonNode again = pulled(
                admin.get("/api/integration/log")
                        .json()
                        .get("rows")
                        .valueStream()
                        .toList(),
                "customers-pulled");
        assertThat(again.get("message").asString())
                .isEqualTo("Import klanten: 0 toegevoegd, 1 gewijzigd, 0 verwijderd");
        JsonNode changed = admin.get(again.get("details").asString()).json();
        assertThat(changed.get("rows")).hasSize(1);
        assertThat(changed.at("/rows/0/message").asString()).contains("Klant 4999 BV");

        // another tenant does not see this tenant's details
        EmulatorExtension.Connected other = fs.newTenant(tenants, port);
        assertThat(other.admin().get(details).json().get("rows")).isEmpty();
    }

    @Test
    void a_failed_push_later_sent_shows_its_red_row_resolved() {
        String clientnr = account.create(
                "clients",
                Map.of(
                        "company",
                        "Bakkerij Jansen",
                        "address",
                        "Dorpsstraat 1",
                        "zipcode",
                        "1234 AB",
                        "city",
                        "Utrecht"));
        connected.wizard().activate();
        connected.wizard().awaitImport();
        long id = admin.post("/api/work-orders", "{\"description\": \"Zonder klant\"}")
                .id();
        admin.post(
                "/api/work-orders/" + id + "/timesheets",
                "{\"employee\": \"Pieter\", \"workMinutes\": 60, \"travelMinutes\": 0}");
        assertThat(admin.post("/api/work-orders/" + id + "/complete").status()).isEqualTo(200);
        admin.post("/api/work-orders/" + id + "/archive");
        awaitState(id, "FAILED");
        assertThat(errorRow(id).get("resolvedAt").isNull())
                .as("open while failed")
                .isTrue();

        long customer = admin.get("/api/customers")
                .json()
                .valueStream()
                .filter(c -> clientnr.equals(c.get("fsClientNr").asString()))
                .findFirst()
                .orElseThrow()
                .get("id")
                .asLong();
        assertThat(admin.post("/api/work-orders/" + id + "/customer", "{\"customerId\": %d}".formatted(customer))
                        .status())
                .isLessThan(300);
        assertThat(admin.post("/api/work-orders/" + id + "/resend").status()).isEqualTo(202);
        awaitState(id, "SENT");

        assertThat(errorRow(id).get("resolvedAt").isNull())
                .as("resolved once sent")
                .isFalse();
    }

    private static JsonNode pulled(List<JsonNode> rows, String code) {
        return rows.stream()
                .filter(row -> code.equals(row.get("code").asString()))
                .findFirst()
                .orElseThrow();
    }

    private JsonNode errorRow(long id) {
        return admin.get("/api/integration/log?severity=ERROR")
                .json()
                .get("rows")
                .valueStream()
                .filter(row -> "WorkOrder".equals(row.get("table").asString())
                        && String.valueOf(id).equals(row.get("recordId").asString()))
                .findFirst()
                .orElseThrow();
    }

    private void awaitState(long id, String state) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> state.equals(admin.get("/api/work-orders/" + id)
                        .json()
                        .at("/invoiceSync/state")
                        .asString()));
    }
}
