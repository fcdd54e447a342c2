package nl.simon.integration.cleanup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.simon.factuursturen.emulator.EmulatedAccount;
import nl.simon.factuursturen.emulator.Fault;
import nl.simon.integration.pull.SyncOutcome;
import nl.simon.integration.pull.SyncTenant;
import nl.simon.testing.Api;
import nl.simon.testing.EmulatorExtension;
import nl.simon.testing.SimonIT;
import nl.simon.testing.TestTenants;
import nl.simon.testing.TestTenants.TestTenant;
import nl.simon.testing.Wizard;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The cleanup never breaks an open work order; deactivation and a refused key stop the tenant's jobs. */
@SimonIT
class CleanupAndJobsIT {
    @RegisterExtension
    static final EmulatorExtension fs = new EmulatorExtension();

    @Autowired
    TestTenants tenants;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SyncTenant syncTenant;

    TestTenant tenant;
    Api admin;
    EmulatedAccount account;
    Wizard wizard;

    @BeforeEach
    void activatedTenant() {
        EmulatorExtension.Connected connected = fs.newTenant(tenants);
        tenant = connected.tenant();
        admin = connected.admin();
        account = connected.account();
        wizard = connected.wizard();
    }

    @Test
    void cleanup_removes_simon_made_and_deleted_records_but_hides_one_an_open_work_order_uses() {
        String kept = account.create("clients", Map.of("company", "Blijft BV"));
        String deleted = account.create("clients", Map.of("company", "Weg BV"));
        String inUse = account.create("clients", Map.of("company", "In Gebruik BV"));
        String product = account.create("products", Map.of("code", "0009", "name", "Oud", "price", "1", "taxes", "21"));
        wizard.activate();
        wizard.awaitImport();
        long simonMade =
                admin.post("/api/customers", "{\"name\": \"Handmatig\"}").id();
        long simonItem = admin.post(
                        "/api/items", "{\"code\": \"X1\", \"name\": \"Eigen\", \"price\": 1, \"vatPercentage\": 21}")
                .id();
        long workOrder = admin.post(
                        "/api/work-orders",
                        "{\"customerId\": %d, \"description\": \"Lopend werk\"}".formatted(customerId(inUse)))
                .id();
        admin.post(
                "/api/work-orders/" + workOrder + "/used-items",
                "{\"itemId\": %d, \"quantity\": 1}".formatted(itemId("0009")));
        long number =
                admin.get("/api/work-orders/" + workOrder).json().get("number").asLong();
        wizard.fs("DELETE", "clients/" + deleted, null);
        wizard.fs("DELETE", "clients/" + inUse, null);
        wizard.fs("DELETE", "products/" + product, null);
        wizard.syncNow();

        Api.Response cleaned = admin.post("/api/integration/cleanup");

        assertThat(cleaned.status()).isEqualTo(200);
        assertThat(admin.get("/api/customers/" + simonMade).status()).isEqualTo(404);
        assertThat(admin.get("/api/items/" + simonItem).status()).isEqualTo(404);
        assertThat(names()).containsExactlyInAnyOrder("Blijft BV", "In Gebruik BV");
        JsonNode hidden = admin.get("/api/customers/" + customerId(inUse)).json();
        assertThat(hidden.get("active").asBoolean()).isFalse();
        assertThat(admin.get("/api/work-orders/" + workOrder)
                        .json()
                        .get("customerId")
                        .asLong())
                .isEqualTo(hidden.get("id").asLong());
        assertThat(admin.get("/api/items/" + itemId("0009"))
                        .json()
                        .get("active")
                        .asBoolean())
                .isFalse();
        JsonNode warning = rowWith("In Gebruik BV");
        assertThat(warning.get("severity").asString()).isEqualTo("WARNING");
        assertThat(warning.get("message").asString()).contains("werkbon " + number);
        // issue 12: archiving with a customer FS deleted fails; linking another customer is what works
        assertThat(warning.get("action").asString())
                .isEqualTo(
                        "Koppel bij de werkbon een andere klant uit FactuurSturen"
                                + " (Klant koppelen) en archiveer pas daarna; met deze klant kan er geen conceptfactuur in FactuurSturen komen");
        assertThat(rowWith("Artikel 0009 Oud is verborgen in plaats van verwijderd")
                        .get("action")
                        .asString())
                .startsWith(
                        "Archiveren kan gewoon: het artikel gaat met naam en prijs uit Simon als regel op de conceptfactuur");
        assertThat(rowWith("Klant verwijderd uit Simon: Handmatig")
                        .get("severity")
                        .asString())
                .isEqualTo("INFO");
        assertThat(customerId(kept)).isPositive();
    }

    @Test
    void the_cleanup_advice_for_a_deleted_customer_and_item_on_an_open_work_order_is_what_works() {
        String deleted = account.create("clients", Map.of("company", "Weg BV"));
        String other = account.create("clients", Map.of("company", "Ander BV"));
        String product =
                account.create("products", Map.of("code", "0009", "name", "Oud", "price", "7.50", "taxes", "21"));
        wizard.activate();
        wizard.awaitImport();
        long first = workOrderUsing(customerId(deleted), itemId("0009"));
        long second = workOrderUsing(customerId(deleted), itemId("0009"));
        wizard.fs("DELETE", "clients/" + deleted, null);
        wizard.fs("DELETE", "products/" + product, null);
        wizard.syncNow();
        admin.post("/api/integration/cleanup");

        // what the old advice said: archive it as it is; FactuurSturen refuses a client it deleted
        admin.post("/api/work-orders/" + first + "/complete");
        admin.post("/api/work-orders/" + first + "/archive");
        JsonNode failed = awaitSync(first, "FAILED");
        assertThat(failed.get("message").asString()).contains("Client " + deleted + " does not exist");
        assertThat(rowWith("FactuurSturen weigerde de conceptfactuur")
                        .get("action")
                        .asString())
                .isEqualTo(
                        "Los op wat FactuurSturen meldt (bestaat de klant daar niet meer, koppel dan bij de werkbon een andere"
                                + " klant uit FactuurSturen) en kies bij de werkbon Opnieuw versturen");

        // what the advice says now: link another customer, then archive (or resend); the deleted item goes as it is
        String hidden =
                "Klant Weg BV is verborgen in Simon: FactuurSturen heeft hem verwijderd of op niet actief gezet."
                        + " Is hij verwijderd, dan weigert FactuurSturen de conceptfactuur; koppel dan eerst een andere klant uit"
                        + " FactuurSturen (Klant koppelen).";
        assertThat(admin.get("/api/work-orders/" + second + "/invoice-preview")
                        .json()
                        .get("warnings"))
                .extracting(JsonNode::asString)
                .containsExactly(hidden);
        assertThat(tenant.adminWeb().page("/work-orders/" + second)).contains("id=\"form-customer\"", hidden);
        assertThat(admin.post(
                                "/api/work-orders/" + second + "/customer",
                                "{\"customerId\": %d}".formatted(customerId(other)))
                        .status())
                .isLessThan(300);
        assertThat(admin.get("/api/work-orders/" + second + "/invoice-preview")
                        .json()
                        .get("warnings"))
                .isEmpty();
        admin.post("/api/work-orders/" + second + "/complete");
        admin.post("/api/work-orders/" + second + "/archive");
        assertThat(awaitSync(second, "SENT").get("draftName").asString()).isNotBlank();
        assertThat(admin.post(
                                "/api/work-orders/" + first + "/customer",
                                "{\"customerId\": %d}".formatted(customerId(other)))
                        .status())
                .isLessThan(300);
        admin.post("/api/work-orders/" + first + "/resend");
        assertThat(awaitSync(first, "SENT").get("draftName").asString()).isNotBlank();
        assertThat(account.count("invoices_saved")).isEqualTo(2);
    }

    @Test
    void an_unused_client_inactive_in_factuursturen_is_hidden_not_removed_and_added_again() {
        String sleeping = account.create("clients", Map.of("company", "Slaapt BV", "active", "false"));
        account.create("clients", Map.of("company", "Wakker BV"));
        wizard.activate();
        wizard.awaitImport();
        long id = customerId(sleeping);
        assertThat(admin.get("/api/customers/" + id).json().get("active").asBoolean())
                .isFalse();

        for (int cycle = 0; cycle < 3; cycle++) {
            assertThat(admin.post("/api/integration/cleanup").status()).isEqualTo(200);
            wizard.syncNow();
            wizard.syncNow();
        }

        assertThat(customerId(sleeping)).isEqualTo(id);
        assertThat(admin.get("/api/customers/" + id).json().get("active").asBoolean())
                .isFalse();
        assertThat(names()).filteredOn("Slaapt BV"::equals).hasSize(1);
        // issue 15: the records of a pull are the details of its row
        assertThat(nl.simon.testing.LogRows.messagesWithDetails(admin))
                .filteredOn(m -> m.contains("Slaapt BV"))
                .containsExactly("Klant toegevoegd aan Simon: Slaapt BV");
        List<Object> before = footprint();
        wizard.syncNow();
        assertThat(footprint()).isEqualTo(before);

        wizard.fs("PUT", "clients/" + sleeping, "{\"company\": \"Slaapt BV\", \"active\": \"true\"}");
        wizard.syncNow();
        assertThat(customerId(sleeping)).isEqualTo(id);
        assertThat(admin.get("/api/customers/" + id).json().get("active").asBoolean())
                .isTrue();
    }

    @Test
    void deactivation_stops_the_tenants_jobs_and_a_late_run_does_nothing() {
        account.create("clients", Map.of("company", "A"));
        wizard.activate();
        wizard.awaitImport();
        assertThat(jobs()).containsExactlyInAnyOrder("fs-cleanup", "fs-sync");

        admin.post("/api/integration/deactivate");
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> jobs().isEmpty());
        fs.emulator().clearStats();
        account.create("clients", Map.of("company", "B"));

        assertThat(syncTenant.sync(tenant.tenant().id())).isInstanceOf(SyncOutcome.NotActive.class);
        assertThat(fs.emulator().stats().total()).isZero();
        assertThat(admin.get("/api/customers").json()).hasSize(1);
        assertThat(admin.post("/api/integration/sync").status()).isEqualTo(409);
    }

    @Test
    void a_refused_api_key_suspends_the_jobs_with_a_red_row_until_reconnected() {
        account.create("clients", Map.of("company", "A"));
        wizard.activate();
        wizard.awaitImport();
        fs.emulator().addFault(new Fault("clients", "GET", 401, -1, false, 0));

        admin.post("/api/integration/sync");

        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> "UNAUTHORIZED".equals(admin.get("/api/integration").text("suspendedReason")));
        JsonNode row = rowWith("weigert de API-sleutel");
        assertThat(row.get("severity").asString()).isEqualTo("ERROR");
        assertThat(row.get("action").asString()).contains("API-sleutel");
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> jobs().isEmpty());
        assertThat(admin.post("/api/integration/sync").status()).isEqualTo(409);
    }

    private long workOrderUsing(long customerId, long itemId) {
        long id = admin.post(
                        "/api/work-orders",
                        "{\"customerId\": %d, \"description\": \"Lopend werk\"}".formatted(customerId))
                .id();
        admin.post("/api/work-orders/" + id + "/used-items", "{\"itemId\": %d, \"quantity\": 1}".formatted(itemId));
        return id;
    }

    private JsonNode awaitSync(long workOrder, String state) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> state.equals(admin.get("/api/work-orders/" + workOrder)
                        .json()
                        .at("/invoiceSync/state")
                        .asString()));
        return admin.get("/api/work-orders/" + workOrder).json().get("invoiceSync");
    }

    private List<String> messages() {
        return admin.get("/api/integration/log")
                .json()
                .get("rows")
                .valueStream()
                .map(row -> row.get("message").asString())
                .toList();
    }

    /** Rows, change times and log rows of the tenant's customers and locations: an unchanged poll moves none. */
    private List<Object> footprint() {
        return jdbc.sql("""
                SELECT (SELECT count(*) FROM customer WHERE tenant_id = :t), (SELECT max(changed_at)::text FROM customer WHERE tenant_id = :t),
                       (SELECT count(*) FROM location WHERE tenant_id = :t), (SELECT max(changed_at)::text FROM location WHERE tenant_id = :t),
                       (SELECT count(*) FROM integration_log WHERE tenant_id = :t)""")
                .param("t", tenant.tenant().id().value())
                .query((rs, row) -> List.<Object>of(
                        rs.getLong(1),
                        String.valueOf(rs.getString(2)),
                        rs.getLong(3),
                        String.valueOf(rs.getString(4)),
                        rs.getLong(5)))
                .single();
    }

    private List<String> jobs() {
        return jdbc.sql("SELECT task_name FROM scheduled_tasks WHERE task_name IN ('fs-sync', 'fs-cleanup')"
                        + " AND task_instance = :t ORDER BY task_name")
                .param("t", String.valueOf(tenant.tenant().id().value()))
                .query(String.class)
                .list();
    }

    private List<String> names() {
        return admin.get("/api/customers")
                .json()
                .valueStream()
                .map(c -> c.get("name").asString())
                .toList();
    }

    private long customerId(String fsNumber) {
        return admin.customerWithFsNumber(fsNumber);
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

    private JsonNode rowWith(String text) {
        return admin.get("/api/integration/log")
                .json()
                .get("rows")
                .valueStream()
                .filter(row -> row.get("message").asString().contains(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no log row with " + text));
    }
}
