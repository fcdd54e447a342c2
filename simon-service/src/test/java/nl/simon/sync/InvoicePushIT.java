package nl.simon.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.simon.factuursturen.client.ClientSettings;
import nl.simon.factuursturen.client.Credentials;
import nl.simon.factuursturen.client.FactuurSturenClient;
import nl.simon.factuursturen.client.InvoiceLine;
import nl.simon.factuursturen.client.SavedInvoice;
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

/** Archiving a completed work order makes exactly one draft invoice in FactuurSturen, whatever fails in between. */
@SimonIT
class InvoicePushIT {
    static final String SETTINGS = """
            {"quotationsToWorkOrders": false, "quotationFilterWord": null, "quotationLinesAsUsedItems": true,
             "workDescriptionSource": "QUOTATION_NAME", "customerReferenceSource": "QUOTATION_REFERENCE",
             "travelTimeProductCode": "0001", "workTimeProductCode": "0002", "standardProductCode": "0003",
             "workOrderExclusionWord": "garantie", "descriptionAsFirstLine": true,
             "invoiceReference": "WORK_ADDRESS", "invoiceName": "%s"}""";
    @RegisterExtension
    static final EmulatorExtension fs = new EmulatorExtension();

    @LocalServerPort
    int port;
    @Autowired
    TestTenants tenants;
    @Autowired
    JdbcClient jdbc;

    TestTenant tenant;
    Api admin;
    EmulatedAccount account;
    Wizard wizard;
    FactuurSturenClient fsClient;
    String clientnr;

    @BeforeEach
    void activatedTenant() {
        EmulatorExtension.Connected connected = fs.newTenant(tenants, port);
        tenant = connected.tenant();
        admin = connected.admin();
        account = connected.account();
        String username = connected.username();
        String key = connected.apiKey();
        account.create("products", Map.of("code", "0001", "name", "Reistijd", "price", "45.00", "taxes", "21"));
        account.create("products", Map.of("code", "0002", "name", "Werktijd", "price", "62.50", "taxes", "21"));
        account.create("products", Map.of("code", "0003", "name", "Voorrijkosten", "price", "35.00", "taxes", "21"));
        account.create("products", Map.of("code", "1001", "name", "Thermostaatkraan", "price", "34.50", "taxes", "21"));
        clientnr = account.create("clients", Map.of("company", "Bakkerij Jansen", "address", "Dorpsstraat 1",
                "zipcode", "1234 AB", "city", "Utrecht"));
        wizard = connected.wizard();
        wizard.activate();
        wizard.awaitImport();
        admin.send("PUT", "/api/integration/settings", "application/json", SETTINGS.formatted("WORK_ORDER_NUMBER"));
        fsClient = new FactuurSturenClient(ClientSettings.of(URI.create(fs.emulator().baseUrl()), new Credentials(username, key)));
        fs.emulator().clearStats();
    }

    @Test
    void an_archived_work_order_becomes_one_draft_invoice_with_every_line() {
        long id = completedWorkOrder("Kraan lekt\nin de keuken", "PO-77");
        JsonNode preview = admin.get("/api/work-orders/" + id + "/invoice-preview").json();

        admin.post("/api/work-orders/" + id + "/archive");

        JsonNode sync = awaitState(id, "SENT");
        assertThat(sync.get("draftName").asString()).isEqualTo("WB 1");
        SavedInvoice draft = fsClient.findSavedInvoiceByName("WB 1").orElseThrow();
        assertThat(draft.clientnr()).isEqualTo(clientnr);
        assertThat(draft.reference()).containsExactly("Dorpsstraat 1, 1234 AB Utrecht");
        assertThat(draft.lines()).extracting(InvoiceLine::description).containsExactly("Kraan lekt\nin de keuken",
                "0002 Werktijd", "0001 Reistijd", "1001 Thermostaatkraan", "0003 Voorrijkosten");
        assertThat(draft.lines().get(1).amount()).isEqualByComparingTo("2");
        assertThat(draft.lines().get(2).amount()).isEqualByComparingTo("0.25");
        assertThat(draft.lines().get(3).price()).isEqualByComparingTo("34.50");
        assertThat(account.count("invoices_saved")).isEqualTo(1);
        assertThat(preview.get("ready").asBoolean()).isTrue();
        assertThat(preview.at("/draft/savename").asString()).isEqualTo("WB 1");
        assertThat(preview.at("/draft/lines")).hasSize(5);
        assertThat(logMessages()).contains("Werkbon 1 staat als conceptfactuur WB 1 in FactuurSturen");
    }

    @Test
    void the_exclusion_word_skips_and_a_missing_customer_fails_with_the_action_to_take() {
        long excluded = completedWorkOrder("Reparatie onder garantie", null);
        long orphan = admin.post("/api/work-orders", "{\"description\": \"Zonder klant\"}").id();
        admin.post("/api/work-orders/" + orphan + "/complete");

        admin.post("/api/work-orders/" + excluded + "/archive");
        admin.post("/api/work-orders/" + orphan + "/archive");

        assertThat(awaitState(excluded, "SKIPPED").get("message").asString()).contains("garantie");
        assertThat(awaitState(orphan, "FAILED").get("message").asString()).contains("geen klant");
        JsonNode row = admin.get("/api/integration/log?severity=ERROR").json().at("/rows/0");
        assertThat(row.get("action").asString()).contains("Koppel een klant");
        assertThat(account.count("invoices_saved")).isZero();
    }

    @Test
    void a_work_order_that_failed_for_lack_of_a_customer_is_sent_after_linking_one() {
        long orphan = admin.post("/api/work-orders", "{\"description\": \"Zonder klant\"}").id();
        admin.post("/api/work-orders/" + orphan + "/timesheets", "{\"employee\": \"A\", \"workMinutes\": 30}");
        admin.post("/api/work-orders/" + orphan + "/complete");
        admin.post("/api/work-orders/" + orphan + "/archive");
        awaitState(orphan, "FAILED");
        long customer = customerId();

        Api.Response linked = admin.post("/api/work-orders/" + orphan + "/customer", "{\"customerId\": %d}".formatted(customer));
        admin.post("/api/work-orders/" + orphan + "/resend");

        assertThat(linked.status()).isEqualTo(200);
        assertThat(awaitState(orphan, "SENT").get("draftName").asString()).isEqualTo("WB 1");
        assertThat(admin.post("/api/work-orders/" + orphan + "/customer", "{\"customerId\": %d}".formatted(customer))
                .status()).isEqualTo(409);
    }

    @Test
    void a_rejection_by_factuursturen_fails_with_its_message_and_retry_sends_it_after_the_fix() {
        // A Simon-made customer cannot claim an FS number while FS is master (issue 12): the client is
        // pulled from FS and then deleted there, so FS no longer knows its number.
        String gone = account.create("clients", Map.of("company", "Onbekend in FS"));
        wizard.syncNow();
        long customer = admin.get("/api/customers").json().valueStream()
                .filter(c -> gone.equals(c.get("fsClientNr").asString())).findFirst().orElseThrow().get("id").asLong();
        wizard.fs("DELETE", "clients/" + gone, null);
        long id = admin.post("/api/work-orders", "{\"customerId\": %d, \"description\": \"Werk\"}".formatted(customer)).id();
        admin.post("/api/work-orders/" + id + "/timesheets", "{\"employee\": \"A\", \"workMinutes\": 60}");
        admin.post("/api/work-orders/" + id + "/complete");

        admin.post("/api/work-orders/" + id + "/archive");

        JsonNode failed = awaitState(id, "FAILED");
        assertThat(failed.get("message").asString()).startsWith("FactuurSturen weigerde");
        assertThat(admin.post("/api/work-orders/" + id + "/resend").status()).isEqualTo(202);
        assertThat(awaitState(id, "FAILED").get("message").asString()).startsWith("FactuurSturen weigerde");
        assertThat(admin.post("/api/work-orders/" + completedWorkOrder("x", null) + "/resend").status()).isEqualTo(409);
    }

    @Test
    void archiving_while_the_integration_is_inactive_leaves_it_not_sent_until_resent() {
        long id = completedWorkOrder("Werk", null);
        admin.post("/api/integration/deactivate");

        admin.post("/api/work-orders/" + id + "/archive");

        JsonNode sync = admin.get("/api/work-orders/" + id).json().get("invoiceSync");
        assertThat(sync.get("state").asString()).isEqualTo("NOT_SENT");
        assertThat(sync.get("message").asString()).contains("niet actief");
        assertThat(admin.post("/api/work-orders/" + id + "/resend").status()).isEqualTo(409);
        admin.post("/api/integration/wipe", "{\"tables\": []}");
        admin.post("/api/integration/activate", "{\"acceptTerms\": true}");
        assertThat(admin.post("/api/work-orders/" + id + "/resend").status()).isEqualTo(202);
        awaitState(id, "SENT");
        assertThat(account.count("invoices_saved")).isEqualTo(1);
    }

    @Test
    void a_colliding_customer_reference_gets_a_unique_name_and_the_log_says_so() {
        admin.send("PUT", "/api/integration/settings", "application/json", SETTINGS.formatted("CUSTOMER_REFERENCE"));
        long first = completedWorkOrder("Eerste", "Contract 88");
        long second = completedWorkOrder("Tweede", "Contract 88");

        admin.post("/api/work-orders/" + first + "/archive");
        awaitState(first, "SENT");
        admin.post("/api/work-orders/" + second + "/archive");

        assertThat(awaitState(second, "SENT").get("draftName").asString()).isEqualTo("Contract 88 #2");
        assertThat(fsClient.savedInvoices().map(SavedInvoice::name)).containsExactlyInAnyOrder("Contract 88", "Contract 88 #2");
        assertThat(logMessages()).anySatisfy(m -> assertThat(m).contains("Contract 88 #2"));
    }

    @Test
    void a_500_before_the_draft_was_stored_is_retried_into_one_draft() {
        fs.emulator().addFault(Fault.failing("POST", "invoices", 500));
        long id = completedWorkOrder("Werk", null);

        admin.post("/api/work-orders/" + id + "/archive");

        awaitState(id, "SENT");
        assertThat(account.count("invoices_saved")).isEqualTo(1);
    }

    @Test
    void a_lost_answer_after_the_draft_was_stored_is_found_by_name_and_not_sent_again() {
        fs.emulator().addFault(Fault.lostResponse("POST", "invoices", 500));
        long id = completedWorkOrder("Werk", null);

        admin.post("/api/work-orders/" + id + "/archive");

        awaitState(id, "SENT");
        assertThat(account.count("invoices_saved")).isEqualTo(1);
        assertThat(fs.emulator().stats().count("POST", "invoices")).isEqualTo(1);
    }

    @Test
    void an_answer_later_than_the_timeout_is_found_by_name_and_not_sent_again() {
        fs.emulator().addFault(Fault.delayed("POST", "invoices", 3_000));
        long id = completedWorkOrder("Werk", null);

        admin.post("/api/work-orders/" + id + "/archive");

        awaitState(id, "SENT");
        assertThat(account.count("invoices_saved")).isEqualTo(1);
        assertThat(logMessages()).anySatisfy(m -> assertThat(m).contains("antwoordde niet op tijd"));
    }

    @Test
    void a_spent_quota_waits_for_the_next_hour_without_sending() {
        account.changeHourlyLimit(account.hourlyLimit() - account.remainingCalls());
        long id = completedWorkOrder("Werk", null);

        admin.post("/api/work-orders/" + id + "/archive");

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> pushScheduledBeyond(id, Duration.ofMinutes(1)));
        assertThat(admin.get("/api/work-orders/" + id).json().at("/invoiceSync/state").asString()).isEqualTo("QUEUED");
        assertThat(account.count("invoices_saved")).isZero();
    }

    @Test
    void a_refused_key_suspends_the_tenant_and_keeps_the_work_order_queued() {
        fs.emulator().addFault(new Fault("invoices", "POST", 401, -1, false, 0));
        long id = completedWorkOrder("Werk", null);

        admin.post("/api/work-orders/" + id + "/archive");

        Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> "UNAUTHORIZED".equals(admin.get("/api/integration").text("suspendedReason")));
        assertThat(admin.get("/api/work-orders/" + id).json().at("/invoiceSync/state").asString()).isEqualTo("QUEUED");
        assertThat(account.count("invoices_saved")).isZero();
    }

    private boolean pushScheduledBeyond(long workOrder, Duration distance) {
        return jdbc.sql("SELECT execution_time > now() + CAST(:d AS interval) FROM scheduled_tasks"
                        + " WHERE task_name = 'fs-push' AND task_instance = :id")
                .param("d", distance.toSeconds() + " seconds").param("id", String.valueOf(workOrder))
                .query(Boolean.class).optional().orElse(false);
    }

    private long customerId() {
        return admin.get("/api/customers").json().valueStream()
                .filter(c -> clientnr.equals(c.get("fsClientNr").asString())).findFirst().orElseThrow().get("id").asLong();
    }

    private long completedWorkOrder(String description, String reference) {
        long customer = customerId();
        long item = admin.get("/api/items?q=1001").json().get(0).get("id").asLong();
        String body = reference == null ? "{\"customerId\": %d, \"description\": \"%s\"}".formatted(customer, json(description))
                : "{\"customerId\": %d, \"description\": \"%s\", \"customerReference\": \"%s\"}"
                        .formatted(customer, json(description), reference);
        long id = admin.post("/api/work-orders", body).id();
        admin.post("/api/work-orders/" + id + "/timesheets", "{\"employee\": \"Pieter\", \"workMinutes\": 120, \"travelMinutes\": 15}");
        admin.post("/api/work-orders/" + id + "/used-items", "{\"itemId\": %d, \"quantity\": 2}".formatted(item));
        admin.post("/api/work-orders/" + id + "/complete");
        return id;
    }

    private JsonNode awaitState(long id, String state) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                state.equals(admin.get("/api/work-orders/" + id).json().at("/invoiceSync/state").asString()));
        return admin.get("/api/work-orders/" + id).json().get("invoiceSync");
    }

    private List<String> logMessages() {
        return admin.get("/api/integration/log").json().get("rows").valueStream()
                .map(row -> row.get("message").asString()).toList();
    }

    private static String json(String text) {
        return text.replace("\n", "\\n");
    }
}
