package nl.simon.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.simon.factuursturen.emulator.EmulatedAccount;
import nl.simon.factuursturen.emulator.Fault;
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
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The cleanup never breaks an open work order; deactivation and a refused key stop the tenant's jobs. */
@SimonIT
class CleanupAndJobsIT {
    @RegisterExtension
    static final EmulatorExtension fs = new EmulatorExtension();

    @LocalServerPort
    int port;
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
        EmulatorExtension.Connected connected = fs.newTenant(tenants, port);
        tenant = connected.tenant();
        admin = connected.admin();
        account = connected.account();
        String username = connected.username();
        String key = connected.apiKey();
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
        long simonMade = admin.post("/api/customers", "{\"name\": \"Handmatig\"}").id();
        long simonItem = admin.post("/api/items", "{\"code\": \"X1\", \"name\": \"Eigen\", \"price\": 1, \"vatPercentage\": 21}").id();
        long workOrder = admin.post("/api/work-orders", "{\"customerId\": %d, \"description\": \"Lopend werk\"}"
                .formatted(customerId(inUse))).id();
        admin.post("/api/work-orders/" + workOrder + "/used-items", "{\"itemId\": %d, \"quantity\": 1}".formatted(itemId("0009")));
        long number = admin.get("/api/work-orders/" + workOrder).json().get("number").asLong();
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
        assertThat(admin.get("/api/work-orders/" + workOrder).json().get("customerId").asLong()).isEqualTo(hidden.get("id").asLong());
        assertThat(admin.get("/api/items/" + itemId("0009")).json().get("active").asBoolean()).isFalse();
        JsonNode warning = rowWith("In Gebruik BV");
        assertThat(warning.get("severity").asString()).isEqualTo("WARNING");
        assertThat(warning.get("message").asString()).contains("werkbon " + number);
        assertThat(warning.get("action").asString()).contains("archiveer");
        assertThat(rowWith("Klant verwijderd uit Simon: Handmatig").get("severity").asString()).isEqualTo("INFO");
        assertThat(customerId(kept)).isPositive();
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

        Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> "UNAUTHORIZED".equals(admin.get("/api/integration").text("suspendedReason")));
        JsonNode row = rowWith("weigert de API-sleutel");
        assertThat(row.get("severity").asString()).isEqualTo("ERROR");
        assertThat(row.get("action").asString()).contains("API-sleutel");
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> jobs().isEmpty());
        assertThat(admin.post("/api/integration/sync").status()).isEqualTo(409);
    }

    private List<String> jobs() {
        return jdbc.sql("SELECT task_name FROM scheduled_tasks WHERE task_instance = :t ORDER BY task_name")
                .param("t", String.valueOf(tenant.tenant().id().value())).query(String.class).list();
    }

    private List<String> names() {
        return admin.get("/api/customers").json().valueStream().map(c -> c.get("name").asString()).toList();
    }

    private long customerId(String fsNumber) {
        return admin.get("/api/customers").json().valueStream()
                .filter(c -> fsNumber.equals(c.get("fsClientNr").asString())).findFirst().orElseThrow()
                .get("id").asLong();
    }

    private long itemId(String code) {
        return admin.get("/api/items").json().valueStream().filter(i -> code.equals(i.get("code").asString()))
                .findFirst().orElseThrow().get("id").asLong();
    }

    private JsonNode rowWith(String text) {
        return admin.get("/api/integration/log").json().get("rows").valueStream()
                .filter(row -> row.get("message").asString().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no log row with " + text));
    }
}
