package nl.simon.integration.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.simon.factuursturen.emulator.EmulatedAccount;
import nl.simon.testing.Api;
import nl.simon.testing.EmulatorExtension;
import nl.simon.testing.FsAccountData;
import nl.simon.testing.SimonIT;
import nl.simon.testing.TestDatabase;
import nl.simon.testing.TestTenants;
import nl.simon.testing.TestTenants.TestTenant;
import nl.simon.testing.Wizard;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The tenant's jobs heal and speak (issue 12): a reconnect resumes pulls, cleanup and queued pushes;
 * a stored key that cannot be decrypted is a refused key; an unexpected failure of one part is one red
 * row per episode, visible in the status, and stops nothing else.
 */
@SimonIT
class JobsHealIT {
    static final String SETTINGS = """
            {"quotationsToWorkOrders": false, "quotationFilterWord": null, "quotationLinesAsUsedItems": true,
             "workDescriptionSource": "QUOTATION_NAME", "customerReferenceSource": "QUOTATION_REFERENCE",
             "travelTimeProductCode": "0001", "workTimeProductCode": "0002", "standardProductCode": "0003",
             "workOrderExclusionWord": null, "descriptionAsFirstLine": false,
             "invoiceReference": "WORK_ADDRESS", "invoiceName": "WORK_ORDER_NUMBER"}""";

    @RegisterExtension
    static final EmulatorExtension fs = new EmulatorExtension();

    @Autowired
    TestTenants tenants;

    @Autowired
    JdbcClient jdbc;

    TestTenant tenant;
    Api admin;
    EmulatedAccount account;
    Wizard wizard;
    String username;
    String apiKey;
    String clientnr;

    @BeforeEach
    void activatedTenant() {
        EmulatorExtension.Connected connected = fs.newTenant(tenants);
        clientnr = fillAccount(connected.account());
        connected.activated().withSettings(SETTINGS);
        tenant = connected.tenant();
        admin = connected.admin();
        account = connected.account();
        username = connected.username();
        apiKey = connected.apiKey();
        wizard = connected.wizard();
    }

    @AfterEach
    void dropInjectedFailures() {
        jdbc.sql("DROP TRIGGER IF EXISTS jobs_heal_it_" + tenantId() + " ON customer")
                .update();
        jdbc.sql("DROP TRIGGER IF EXISTS jobs_heal_it_" + tenantId() + " ON work_order")
                .update();
    }

    // Item 1 ----------------------------------------------------------------------------------------

    @Test
    void reconnecting_after_a_revoked_key_resumes_pulls_and_cleanup_and_sends_the_queued_push_at_once() {
        String newKey = revokeKey();
        expect(admin.post("/api/integration/sync"), 202);
        awaitSuspended();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> jobs().isEmpty());
        long workOrder = completedWorkOrder();
        admin.post("/api/work-orders/" + workOrder + "/archive");
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> pushScheduledBeyond(workOrder, Duration.ofMinutes(5)));
        String syncedBefore = admin.get("/api/integration").text("lastSyncAt");

        Api.Response reconnected = admin.post(
                "/api/integration/connect",
                "{\"username\": \"%s\", \"apiKey\": \"%s\", \"baseUrl\": \"%s\"}"
                        .formatted(username, newKey, fs.emulator().baseUrl()));

        assertThat(reconnected.status()).isEqualTo(200);
        JsonNode status = admin.get("/api/integration").json();
        assertThat(status.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(status.get("suspendedReason").isNull()).isTrue();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            String now = admin.get("/api/integration").text("lastSyncAt");
            return now != null && !now.equals(syncedBefore);
        });
        assertThat(jobs()).contains("fs-cleanup", "fs-sync");
        assertThat(awaitState(workOrder, "SENT").get("draftName").asString()).isNotBlank();
        assertThat(account.count("invoices_saved")).isEqualTo(1);
    }

    @Test
    void activating_again_sends_a_push_that_waited_for_the_reconnect_at_once() {
        String newKey = revokeKey();
        expect(admin.post("/api/integration/sync"), 202);
        awaitSuspended();
        long workOrder = completedWorkOrder();
        admin.post("/api/work-orders/" + workOrder + "/archive");
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> pushScheduledBeyond(workOrder, Duration.ofMinutes(5)));
        expect(admin.post("/api/integration/deactivate"), 200);
        expect(
                admin.post(
                        "/api/integration/connect",
                        "{\"username\": \"%s\", \"apiKey\": \"%s\", \"baseUrl\": \"%s\"}"
                                .formatted(username, newKey, fs.emulator().baseUrl())),
                200);
        expect(admin.post("/api/integration/wipe", "{\"tables\": []}"), 200);

        expect(admin.post("/api/integration/activate", "{\"acceptTerms\": true}"), 200);

        assertThat(awaitState(workOrder, "SENT").get("draftName").asString()).isNotBlank();
        assertThat(jobs()).contains("fs-cleanup", "fs-sync");
    }

    // Item 5 ----------------------------------------------------------------------------------------

    @Test
    void
            a_stored_key_that_cannot_be_decrypted_suspends_with_a_red_row_answers_409_and_the_push_waits_for_the_reconnect() {
        jdbc.sql("UPDATE integration SET fs_api_key = 'v1:bm90LWEtcmVhbC1rZXktYXQtYWxsLWdhcmJhZ2UtZ2FyYmFnZQ=='"
                        + " WHERE tenant_id = :t")
                .param("t", tenantId())
                .update();
        long workOrder = completedWorkOrder();

        admin.post("/api/work-orders/" + workOrder + "/archive");

        awaitSuspended("KEY_UNREADABLE");
        JsonNode row = rowWith("kan niet worden gelezen");
        assertThat(row.get("severity").asString()).isEqualTo("ERROR");
        assertThat(row.get("action").asString()).contains("koppel opnieuw");
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> pushScheduledBeyond(workOrder, Duration.ofMinutes(5)));
        assertThat(admin.get("/api/work-orders/" + workOrder)
                        .json()
                        .at("/invoiceSync/state")
                        .asString())
                .isEqualTo("QUEUED");
        Api.Response check = admin.post("/api/integration/check-product", "{\"code\": \"0002\"}");
        assertThat(check.status()).isEqualTo(409);
        assertThat(check.text("message")).contains("opnieuw verbinding");
        Api.Response settings = admin.send("PUT", "/api/integration/settings", "application/json", SETTINGS);
        assertThat(settings.status()).isEqualTo(409);
        assertThat(settings.text("message")).contains("kan niet worden gelezen");
        assertThat(admin.inLanguage("en")
                        .post("/api/integration/check-product", "{\"code\": \"0002\"}")
                        .text("message"))
                .contains("connect again");
        assertThat(errorRows("kan niet worden gelezen")).isEqualTo(1);

        expect(
                admin.post(
                        "/api/integration/connect",
                        "{\"username\": \"%s\", \"apiKey\": \"%s\", \"baseUrl\": \"%s\"}"
                                .formatted(username, apiKey, fs.emulator().baseUrl())),
                200);

        assertThat(awaitState(workOrder, "SENT").get("draftName").asString()).isNotBlank();
        assertThat(admin.post("/api/integration/check-product", "{\"code\": \"0002\"}")
                        .json()
                        .get("found")
                        .asBoolean())
                .isTrue();
    }

    // Item 9 ----------------------------------------------------------------------------------------

    @Test
    void a_key_revoked_while_saving_settings_suspends_the_tenant_with_a_red_row_as_the_jobs_do() {
        revokeKey();

        Api.Response saved = admin.send("PUT", "/api/integration/settings", "application/json", SETTINGS);

        assertThat(saved.status()).isEqualTo(409);
        assertThat(admin.get("/api/integration").text("suspendedReason")).isEqualTo("UNAUTHORIZED");
        JsonNode row = rowWith("weigert de API-sleutel");
        assertThat(row.get("severity").asString()).isEqualTo("ERROR");
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> jobs().isEmpty());
        assertThat(admin.post("/api/integration/check-product", "{\"code\": \"0002\"}")
                        .status())
                .isEqualTo(409);
        assertThat(errorRows("weigert de API-sleutel")).isEqualTo(1);
    }

    @Test
    void a_key_revoked_when_pressing_controleer_suspends_the_tenant_with_a_red_row() {
        revokeKey();

        Api.Response check = admin.post("/api/integration/check-product", "{\"code\": \"0002\"}");

        assertThat(check.status()).isEqualTo(409);
        assertThat(admin.get("/api/integration").text("suspendedReason")).isEqualTo("UNAUTHORIZED");
        assertThat(rowWith("weigert de API-sleutel").get("severity").asString()).isEqualTo("ERROR");
    }

    @Test
    void saving_settings_with_three_wrong_product_codes_names_every_one() {
        String wrong = SETTINGS.replace("\"0001\"", "\"X-1\"")
                .replace("\"0002\"", "\"X-2\"")
                .replace("\"0003\"", "\"X-3\"");

        Api.Response saved = admin.send("PUT", "/api/integration/settings", "application/json", wrong);

        assertThat(saved.status()).isEqualTo(400);
        JsonNode body = saved.json();
        assertThat(body.get("field").asString()).isEqualTo("travelTimeProductCode");
        assertThat(body.get("fields").valueStream().map(JsonNode::asString).toList())
                .containsExactly("travelTimeProductCode", "workTimeProductCode", "standardProductCode");
        assertThat(body.get("errors")
                        .valueStream()
                        .map(e -> e.get("message").asString())
                        .toList())
                .hasSize(3)
                .anySatisfy(m -> assertThat(m).contains("X-1"))
                .anySatisfy(m -> assertThat(m).contains("X-2"))
                .anySatisfy(m -> assertThat(m).contains("X-3"));
        assertThat(body.get("message").asString()).contains("X-1", "X-2", "X-3");
        Api.Response oneWrong = admin.send(
                "PUT", "/api/integration/settings", "application/json", SETTINGS.replace("\"0002\"", "\"X-2\""));
        assertThat(oneWrong.status()).isEqualTo(400);
        assertThat(oneWrong.text("field")).isEqualTo("workTimeProductCode");
        assertThat(admin.get("/api/integration")
                        .json()
                        .at("/settingsVersion/version")
                        .asInt())
                .isEqualTo(2);
    }

    // Item 3 ----------------------------------------------------------------------------------------

    @Test
    void while_factuursturen_is_master_a_customer_made_in_simon_cannot_claim_an_fs_client_number() {
        Api.Response claimed = admin.post("/api/customers", "{\"name\": \"Eigen Klant\", \"fsClientNr\": \"5\"}");

        assertThat(claimed.status()).isEqualTo(400);
        assertThat(claimed.text("field")).isEqualTo("fsClientNr");
        assertThat(claimed.text("message")).contains("FactuurSturen");
        assertThat(admin.post("/api/customers", "{\"name\": \"Eigen Klant\"}").status())
                .isEqualTo(201);
        assertThat(admin.post("/api/customers", "{\"name\": \"Eigen Klant 2\", \"fsClientNr\": \"\"}")
                        .status())
                .isEqualTo(201);
    }

    @Test
    void an_unexpected_failure_of_one_pull_is_one_red_row_per_episode_shows_in_the_status_and_stops_nothing_else() {
        failInsertsOfCustomersNamed("Kapotte Klant BV");
        account.create("clients", Map.of("company", "Eerste Goede Klant BV"));
        account.create("clients", Map.of("company", "Kapotte Klant BV"));
        account.create("clients", Map.of("company", "Tweede Goede Klant BV"));
        account.create("products", Map.of("code", "2001", "name", "Nieuw artikel", "price", "10", "taxes", "21"));

        wizard.syncNow();

        assertThat(admin.get("/api/items?q=2001").json()).hasSize(1);
        assertThat(names())
                .as("one bad record stops no other record of its page")
                .contains("Eerste Goede Klant BV", "Tweede Goede Klant BV")
                .doesNotContain("Kapotte Klant BV");
        JsonNode status = admin.get("/api/integration").json();
        assertThat(status.at("/lastError/job").asString()).isEqualTo("fs-sync:clients");
        assertThat(status.at("/lastError/error").asString()).contains("Kapotte Klant BV weigert");
        assertThat(status.at("/lastError/since").asString()).isNotBlank();
        assertThat(status.get("jobErrors")).hasSize(1);
        JsonNode row = rowWith("Onverwachte fout in fs-sync:clients");
        assertThat(row.get("severity").asString()).isEqualTo("ERROR");
        assertThat(row.get("action").asString()).contains("beheerder");
        assertThat(tenant.adminWeb().page("/integration/status"))
                .contains(
                        "id=\"job-error-fs-sync:clients\"",
                        "fs-sync:clients sinds",
                        "(1 keer mislukt)",
                        "Kapotte Klant BV weigert");

        account.create("products", Map.of("code", "2002", "name", "Nog een artikel", "price", "10", "taxes", "21"));
        wizard.syncNow();

        assertThat(admin.get("/api/items?q=2002").json()).hasSize(1);
        assertThat(errorRows("Onverwachte fout")).isEqualTo(1);
        assertThat(admin.get("/api/integration")
                        .json()
                        .at("/lastError/failures")
                        .asInt())
                .isEqualTo(2);

        dropInjectedFailures();
        wizard.syncNow();

        assertThat(names()).contains("Kapotte Klant BV");
        assertThat(admin.get("/api/integration").json().get("lastError").isNull())
                .isTrue();
        assertThat(admin.get("/api/integration").json().get("jobErrors")).isEmpty();
        assertThat(tenant.adminWeb().page("/integration/status")).doesNotContain("id=\"job-errors\"");
        assertThat(rowWith("fs-sync:clients werkt weer").get("severity").asString())
                .isEqualTo("INFO");
    }

    @Test
    void an_unexpected_failure_of_a_push_backs_off_with_one_red_row_and_the_push_goes_once_the_cause_is_gone() {
        long workOrder = completedWorkOrder();
        failUpdatesOfArchivedWorkOrder(workOrder);

        admin.post("/api/work-orders/" + workOrder + "/archive");

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> pushFailures(workOrder) >= 2);
        assertThat(errorRows("Onverwachte fout in fs-push:" + workOrder)).isEqualTo(1);
        assertThat(rowWith("Onverwachte fout in fs-push:" + workOrder)
                        .get("action")
                        .asString())
                .contains("beheerder");
        assertThat(admin.get("/api/integration").json().at("/lastError/job").asString())
                .isEqualTo("fs-push:" + workOrder);
        assertThat(pushRetryDelayDoubles(workOrder)).isTrue();
        assertThat(admin.get("/api/work-orders/" + workOrder)
                        .json()
                        .at("/invoiceSync/state")
                        .asString())
                .isEqualTo("QUEUED");

        dropInjectedFailures();

        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> "SENT"
                        .equals(admin.get("/api/work-orders/" + workOrder)
                                .json()
                                .at("/invoiceSync/state")
                                .asString()));
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() ->
                        admin.get("/api/integration").json().get("jobErrors").isEmpty());
        assertThat(rowWith("fs-push:" + workOrder + " werkt weer")
                        .get("severity")
                        .asString())
                .isEqualTo("INFO");
        assertThat(account.count("invoices_saved")).isEqualTo(1);
    }

    // helpers ---------------------------------------------------------------------------------------

    private static String fillAccount(EmulatedAccount fsAccount) {
        FsAccountData.products(fsAccount, "0001", "0002", "0003");
        return FsAccountData.bakkerijJansen(fsAccount);
    }

    /** The user revokes the key in FS and makes a new one: the emulator starts afresh with the account under a new key. */
    private String revokeKey() {
        String newKey = "key-" + UUID.randomUUID();
        fs.emulator().reset();
        account = fs.emulator().createAccount(username, newKey, 100_000);
        assertThat(fillAccount(account)).isEqualTo(clientnr);
        return newKey;
    }

    private long tenantId() {
        return tenant.tenant().id().value();
    }

    /** An unexpected failure injected in the database: inserting this customer for this tenant fails. */
    private void failInsertsOfCustomersNamed(String name) {
        String function = "jobs_heal_it_fail_" + tenantId();
        jdbc.sql("""
                CREATE OR REPLACE FUNCTION %s() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'test: %s weigert';
                END $$""".formatted(function, name)).update();
        jdbc.sql(
                        "CREATE TRIGGER jobs_heal_it_%d BEFORE INSERT ON customer FOR EACH ROW WHEN (NEW.tenant_id = %d AND NEW.name = '%s')"
                                        .formatted(tenantId(), tenantId(), name)
                                + " EXECUTE FUNCTION " + function + "()")
                .update();
    }

    /** An unexpected failure injected in the database: every change to this work order after its archiving fails. */
    private void failUpdatesOfArchivedWorkOrder(long workOrder) {
        String function = "jobs_heal_it_fail_" + tenantId();
        jdbc.sql("""
                CREATE OR REPLACE FUNCTION %s() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'test: werkbon weigert';
                END $$""".formatted(function)).update();
        jdbc.sql(("CREATE TRIGGER jobs_heal_it_%d BEFORE UPDATE ON work_order FOR EACH ROW"
                                        + " WHEN (OLD.tenant_id = %d AND OLD.id = %d AND OLD.status = 'ARCHIVED' AND OLD.invoice_sync_state = 'QUEUED')")
                                .formatted(tenantId(), tenantId(), workOrder)
                        + " EXECUTE FUNCTION " + function + "()")
                .update();
    }

    private void awaitSuspended() {
        awaitSuspended("UNAUTHORIZED");
    }

    private void awaitSuspended(String reason) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> reason.equals(admin.get("/api/integration").text("suspendedReason")));
    }

    private long completedWorkOrder() {
        long customer = admin.customerWithFsNumber(clientnr);
        long id = admin.post(
                        "/api/work-orders", "{\"customerId\": %d, \"description\": \"Onderhoud\"}".formatted(customer))
                .id();
        admin.post("/api/work-orders/" + id + "/timesheets", "{\"employee\": \"Pieter\", \"workMinutes\": 60}");
        expect(admin.post("/api/work-orders/" + id + "/complete"), 200);
        return id;
    }

    private JsonNode awaitState(long id, String state) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(40))
                .until(() -> state.equals(admin.get("/api/work-orders/" + id)
                        .json()
                        .at("/invoiceSync/state")
                        .asString()));
        return admin.get("/api/work-orders/" + id).json().get("invoiceSync");
    }

    private boolean pushScheduledBeyond(long workOrder, Duration distance) {
        return jdbc.sql("SELECT execution_time > now() + CAST(:d AS interval) FROM scheduled_tasks"
                        + " WHERE task_name = 'fs-push' AND task_instance = :id")
                .param("d", distance.toSeconds() + " seconds")
                .param("id", String.valueOf(workOrder))
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /**
     * Whether the push's next run comes after its last failure by the first retry delay, doubled for each
     * failure before it (the test schedule: TestDatabase.PUSH_RETRY_FIRST; production 5 s … 10 min).
     */
    private boolean pushRetryDelayDoubles(long workOrder) {
        return jdbc.sql("SELECT consecutive_failures >= 2 AND execution_time - last_failure"
                        + " = CAST(:first AS interval) * power(2, consecutive_failures - 1)"
                        + " FROM scheduled_tasks WHERE task_name = 'fs-push' AND task_instance = :id")
                .param("first", TestDatabase.PUSH_RETRY_FIRST.toMillis() + " milliseconds")
                .param("id", String.valueOf(workOrder))
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    private int pushFailures(long workOrder) {
        return jdbc.sql(
                        "SELECT consecutive_failures FROM scheduled_tasks WHERE task_name = 'fs-push' AND task_instance = :id")
                .param("id", String.valueOf(workOrder))
                .query(Integer.class)
                .optional()
                .orElse(0);
    }

    private List<String> jobs() {
        return jdbc.sql("SELECT task_name FROM scheduled_tasks WHERE task_name IN ('fs-sync', 'fs-cleanup')"
                        + " AND task_instance = :t ORDER BY task_name")
                .param("t", String.valueOf(tenantId()))
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

    private JsonNode rowWith(String text) {
        return admin.get("/api/integration/log")
                .json()
                .get("rows")
                .valueStream()
                .filter(row -> row.get("message").asString().contains(text))
                .findFirst()
                .orElseThrow(() ->
                        new AssertionError("no log row with " + text + " in " + admin.get("/api/integration/log")));
    }

    private long errorRows(String text) {
        return admin.get("/api/integration/log?severity=ERROR")
                .json()
                .get("rows")
                .valueStream()
                .filter(row -> row.get("message").asString().contains(text))
                .count();
    }

    private static Api.Response expect(Api.Response response, int status) {
        if (response.status() != status) {
            throw new AssertionError("expected " + status + " but was " + response);
        }
        return response;
    }
}
