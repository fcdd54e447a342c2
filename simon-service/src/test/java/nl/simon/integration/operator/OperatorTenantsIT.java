package nl.simon.integration.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import nl.simon.tenant.AddOfficeUser;
import nl.simon.tenant.CreateTenant;
import nl.simon.tenant.Role;
import nl.simon.tenant.Tenant;
import nl.simon.testing.Api;
import nl.simon.testing.EmulatorExtension;
import nl.simon.testing.SimonIT;
import nl.simon.testing.TestDatabase;
import nl.simon.testing.TestTenants;
import nl.simon.testing.TestTenants.TestTenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The operator's list and actions over {@code /api/operator/tenants} (issue 16), each with a suspended, an active and
 * a not-activated company of this test's own (their names share a tag, so {@code q} lists only them).
 */
@SimonIT
class OperatorTenantsIT {
    @RegisterExtension
    static final EmulatorExtension FS = new EmulatorExtension();

    @LocalServerPort
    int port;

    @Autowired
    TestTenants tenants;

    @Autowired
    CreateTenant createTenant;

    @Autowired
    AddOfficeUser addOfficeUser;

    String tag;
    Api operator;

    @BeforeEach
    void tag() {
        tag = "ops" + UUID.randomUUID().toString().substring(0, 8);
        operator = Api.operator(port, TestDatabase.OPERATOR_TOKEN);
    }

    @Test
    void the_list_shows_each_companys_state_trouble_first_with_a_filter_a_search_and_pages() {
        TestTenant notActivated = company("C niet geactiveerd");
        EmulatorExtension.Connected active = FS.connect(company("A actief")).activated();
        EmulatorExtension.Connected failing = FS.connect(company("D mislukt")).activated();
        EmulatorExtension.Connected suspended =
                FS.connect(company("E stilgezet")).activated();
        EmulatorExtension.Connected inactive = FS.connect(company("B inactief")).activated();
        inactive.admin().post("/api/integration/deactivate");
        long failed = failedPush(failing.admin());
        assertThat(operator.post(path(suspended) + "/suspend", "{\"reason\": \"Factuur niet betaald\"}")
                        .status())
                .isEqualTo(204);

        Api.Response all = operator.get("/api/operator/tenants?q=" + tag);

        assertThat(all.status()).as(all.body()).isEqualTo(200);
        assertThat(names(all.json()))
                .as("suspended, failed pushes, then the rest by name")
                .containsExactly(
                        tag + " E stilgezet",
                        tag + " D mislukt",
                        tag + " A actief",
                        tag + " B inactief",
                        tag + " C niet geactiveerd");
        assertThat(all.raw().headers().firstValue("X-Total-Count")).hasValue("5");
        JsonNode stopped = all.json().get(0).get("integration");
        assertThat(stopped.get("status").asString()).isEqualTo("SUSPENDED");
        assertThat(stopped.get("suspendedReason").asString()).isEqualTo("Factuur niet betaald");
        assertThat(stopped.get("nextSyncAt").isNull())
                .as("its pulls are stopped")
                .isTrue();
        JsonNode withFailure = all.json().get(1);
        assertThat(withFailure.get("id").asLong())
                .isEqualTo(failing.tenant().tenant().id().value());
        assertThat(withFailure.at("/integration/failedPushes").asLong()).isEqualTo(1);
        assertThat(withFailure.at("/integration/queuedPushes").asLong()).isZero();
        assertThat(withFailure.at("/integration/lastError/message").asString()).contains("klant");
        assertThat(withFailure.at("/integration/inTrouble").asBoolean()).isTrue();
        JsonNode running = all.json().get(2).get("integration");
        assertThat(running.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(running.get("lastSyncAt").isNull()).isFalse();
        assertThat(running.get("nextSyncAt").isNull()).isFalse();
        assertThat(running.get("suspendedReason").isNull()).isTrue();
        assertThat(running.get("lastError").isNull()).isTrue();
        assertThat(running.get("inTrouble").asBoolean()).isFalse();
        assertThat(all.json().get(3).at("/integration/status").asString()).isEqualTo("INACTIVE");
        JsonNode never = all.json().get(4);
        assertThat(never.get("id").asLong())
                .isEqualTo(notActivated.tenant().id().value());
        assertThat(never.at("/integration/status").asString()).isEqualTo("NOT_ACTIVATED");
        assertThat(never.at("/integration/lastSyncAt").isNull()).isTrue();

        assertThat(names(operator.get("/api/operator/tenants?status=SUSPENDED&q=" + tag)
                        .json()))
                .containsExactly(tag + " E stilgezet");
        assertThat(names(operator.get("/api/operator/tenants?status=active&q=" + tag)
                        .json()))
                .containsExactly(tag + " D mislukt", tag + " A actief");
        assertThat(names(operator.get("/api/operator/tenants?status=NOT_ACTIVATED&q=" + tag.toUpperCase())
                        .json()))
                .containsExactly(tag + " C niet geactiveerd");
        Api.Response second = operator.get("/api/operator/tenants?q=" + tag + "&size=2&page=1");
        assertThat(names(second.json())).containsExactly(tag + " A actief", tag + " B inactief");
        assertThat(second.raw().headers().firstValue("X-Total-Count")).hasValue("5");
        assertThat(second.raw().headers().firstValue("Link"))
                .hasValueSatisfying(link -> assertThat(link).contains("page=2").contains("rel=\"next\""));
        Api.Response beyond = operator.get("/api/operator/tenants?q=" + tag + "&size=2&page=9");
        assertThat(beyond.json().size()).isZero();
        assertThat(beyond.raw().headers().firstValue("X-Total-Count")).hasValue("5");
        assertThat(active.admin().get("/api/work-orders/" + failed).status())
                .as("another company's work order")
                .isEqualTo(404);
    }

    @Test
    void suspending_stops_the_pulls_tells_the_office_why_and_only_the_operator_lifts_it() {
        EmulatorExtension.Connected company = FS.connect(company("Stil")).activated();
        Api admin = company.admin();

        Api.Response suspended = operator.post(path(company) + "/suspend", "{\"reason\": \"Abonnement opgezegd\"}");

        assertThat(suspended.status()).as(suspended.body()).isEqualTo(204);
        JsonNode integration = admin.get("/api/integration").json();
        assertThat(integration.get("suspendedReason").asString()).isEqualTo("OPERATOR");
        assertThat(integration.get("suspensionNote").asString()).isEqualTo("Abonnement opgezegd");
        assertThat(integration.get("nextSyncAt").isNull()).isTrue();
        assertThat(admin.get("/api/integration/log?severity=ERROR")
                        .json()
                        .at("/rows/0/message")
                        .asString())
                .contains("beheerder")
                .contains("Abonnement opgezegd");
        assertThat(company.tenant().adminWeb().page("/integration/status"))
                .contains("Abonnement opgezegd")
                .contains("beheerder");
        assertThat(admin.post("/api/integration/sync").status()).isEqualTo(409);
        assertThat(operator.post(path(company) + "/sync").status()).isEqualTo(409);
        assertThat(admin.post("/api/integration/deactivate").status()).isEqualTo(200);
        admin.post("/api/integration/wipe", "{\"tables\": []}");
        Api.Response activated = admin.post("/api/integration/activate", "{\"acceptTerms\": true}");
        assertThat(activated.status()).as(activated.body()).isEqualTo(200);
        admin.post(
                "/api/integration/connect",
                "{\"username\": \"%s\", \"apiKey\": \"%s\", \"baseUrl\": \"%s\"}"
                        .formatted(company.username(), company.apiKey(), company.fsBaseUrl()));
        assertThat(admin.get("/api/integration").json().get("suspendedReason").asString())
                .as("deactivating, activating and reconnecting keep the operator's suspension")
                .isEqualTo("OPERATOR");
        assertThat(admin.get("/api/integration").json().get("nextSyncAt").isNull())
                .isTrue();

        Api.Response resumed = operator.post(path(company) + "/resume");

        assertThat(resumed.status()).as(resumed.body()).isEqualTo(204);
        integration = admin.get("/api/integration").json();
        assertThat(integration.get("suspendedReason").isNull()).isTrue();
        assertThat(integration.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(integration.get("nextSyncAt").isNull())
                .as("its pulls run again")
                .isFalse();
        assertThat(operator.post(path(company) + "/resume").status())
                .as("not suspended")
                .isEqualTo(409);
        assertThat(admin.get("/api/integration/log").body()).contains("weer aangezet");
    }

    @Test
    void pull_now_and_resend_failed_work_on_an_active_company_and_are_refused_elsewhere() {
        EmulatorExtension.Connected active = FS.connect(company("Actief"));
        String clientnr = active.addBakkerijJansen();
        active.activated();
        EmulatorExtension.Connected suspended = FS.connect(company("Stilgezet")).activated();
        TestTenant notActivated = company("Nieuw");
        operator.post(path(suspended) + "/suspend", "{\"reason\": \"Onderhoud\"}");
        long failed = failedPush(active.admin());
        long customer = active.admin().customerWithFsNumber(clientnr);
        active.admin().post("/api/work-orders/" + failed + "/customer", "{\"customerId\": %d}".formatted(customer));
        String syncedBefore =
                active.admin().get("/api/integration").json().get("lastSyncAt").asString();

        Api.Response sync = operator.post(path(active) + "/sync");
        Api.Response first = operator.post(path(active) + "/resend-failed");
        Api.Response second = operator.post(path(active) + "/resend-failed");

        assertThat(sync.status()).as(sync.body()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !syncedBefore.equals(active.admin()
                        .get("/api/integration")
                        .json()
                        .get("lastSyncAt")
                        .asString()));
        assertThat(first.status()).as(first.body()).isEqualTo(202);
        assertThat(first.json().get("count").asInt()).isEqualTo(1);
        assertThat(second.json().get("count").asInt())
                .as("queued once, never twice")
                .isZero();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> "SENT"
                        .equals(active.admin()
                                .get("/api/work-orders/" + failed)
                                .json()
                                .at("/invoiceSync/state")
                                .asString()));
        assertThat(operator.post(path(suspended) + "/sync").status()).isEqualTo(409);
        assertThat(operator.post("/api/operator/tenants/"
                                + notActivated.tenant().id().value() + "/sync")
                        .status())
                .isEqualTo(409);
        assertThat(operator.post("/api/operator/tenants/"
                                + notActivated.tenant().id().value() + "/resend-failed")
                        .status())
                .isEqualTo(409);

        List<JsonNode> audit = operator.get("/api/operator/audit?size=500")
                .json()
                .valueStream()
                .filter(row -> row.path("tenantName").asString("").startsWith(tag))
                .toList();
        assertThat(audit)
                .extracting(row -> row.get("action").asString() + " "
                        + row.get("tenantName").asString())
                .as("newest first, refused actions not audited")
                .startsWith(
                        "RESEND_FAILED " + tag + " Actief",
                        "RESEND_FAILED " + tag + " Actief",
                        "SYNC " + tag + " Actief",
                        "SUSPEND " + tag + " Stilgezet");
        assertThat(audit.get(0).get("actor").asString()).isEqualTo("token");
        assertThat(audit.get(0).get("detail").asString()).isEqualTo("0");
        assertThat(audit.get(1).get("detail").asString()).isEqualTo("1");
        assertThat(audit.get(3).get("reason").asString()).isEqualTo("Onderhoud");
        assertThat(audit.get(3).get("tenantId").asLong())
                .isEqualTo(suspended.tenant().tenant().id().value());
    }

    @Test
    void a_not_activated_company_can_be_suspended_and_resumed_and_registering_is_audited() {
        Api.Response created = operator.post(
                "/api/operator/tenants",
                "{\"name\": \"%s Nieuw\", \"adminEmail\": \"beheer@%s.nl\", \"adminPassword\": \"sterk-wachtwoord\"}"
                        .formatted(tag, tag));
        long id = created.id();

        assertThat(operator.post("/api/operator/tenants/" + id + "/suspend", "{\"reason\": \"Nog niet betaald\"}")
                        .status())
                .isEqualTo(204);
        assertThat(status(tag + " Nieuw")).isEqualTo("SUSPENDED");
        assertThat(operator.post("/api/operator/tenants/" + id + "/resume").status())
                .isEqualTo(204);
        assertThat(status(tag + " Nieuw")).isEqualTo("NOT_ACTIVATED");
        assertThat(operator.get("/api/operator/audit?size=3")
                        .json()
                        .valueStream()
                        .filter(row -> row.get("tenantId").asLong() == id)
                        .map(row -> row.get("action").asString())
                        .toList())
                .containsExactly("RESUME", "SUSPEND", "REGISTER");
    }

    @Test
    void bad_input_is_a_4xx_naming_the_field_and_unknown_companies_are_404() {
        TestTenant company = company("Fout");
        String known = "/api/operator/tenants/" + company.tenant().id().value();
        long unknown = Long.MAX_VALUE - 7;

        for (String action : List.of("/suspend", "/resume", "/sync", "/resend-failed")) {
            Api.Response answer = action.equals("/suspend")
                    ? operator.post("/api/operator/tenants/" + unknown + action, "{\"reason\": \"x\"}")
                    : operator.post("/api/operator/tenants/" + unknown + action);
            assertThat(answer.status()).as(action + " " + answer.body()).isEqualTo(404);
            assertThat(answer.json().get("error").asString()).isEqualTo("not_found");
        }
        assertThat(operator.send("DELETE", "/api/operator/tenants/" + unknown, null, "")
                        .status())
                .isEqualTo(404);
        assertField(operator.post(known + "/suspend", "{\"reason\": \"  \"}"), 400, "reason");
        assertField(operator.post(known + "/suspend", "{}"), 400, "reason");
        assertField(operator.post(known + "/suspend"), 400, "reason");
        assertField(
                operator.post(known + "/suspend", "{\"reason\": \"%s\"}".formatted("x".repeat(501))), 400, "reason");
        assertField(operator.get("/api/operator/tenants?status=KAPOT"), 400, "status");
        assertField(operator.get("/api/operator/tenants?page=-1"), 400, "page");
        assertField(operator.get("/api/operator/tenants?page=een"), 400, "page");
        assertField(operator.get("/api/operator/tenants?size=501"), 400, "size");
        assertField(operator.get("/api/operator/audit?page=-1"), 400, "page");
        assertThat(status(tag + " Fout")).as("nothing changed").isEqualTo("NOT_ACTIVATED");
        assertThat(company.admin().get("/api/operator/tenants").status()).isEqualTo(401);
        assertThat(company.admin()
                        .post(known + "/suspend", "{\"reason\": \"x\"}")
                        .status())
                .isEqualTo(401);
        assertThat(Api.anonymous(port).get("/api/operator/audit").status()).isEqualTo(401);
    }

    private static void assertField(Api.Response answer, int status, String field) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.text("field")).as(answer.body()).isEqualTo(field);
    }

    private String status(String name) {
        return operator.get("/api/operator/tenants?q=" + name.replace(" ", "%20"))
                .json()
                .get(0)
                .at("/integration/status")
                .asString();
    }

    /** A company of this test: its name starts with the test's tag. */
    private TestTenant company(String name) {
        String slug = UUID.randomUUID().toString().substring(0, 8);
        Tenant tenant = createTenant.create(tag + " " + name, "admin@" + slug + ".nl", TestTenants.PASSWORD);
        addOfficeUser.add(tenant.id(), "kantoor@" + slug + ".nl", TestTenants.PASSWORD, Role.OFFICE);
        return new TestTenant(tenant, "admin@" + slug + ".nl", "kantoor@" + slug + ".nl", port);
    }

    private static String path(EmulatorExtension.Connected company) {
        return "/api/operator/tenants/" + company.tenant().tenant().id().value();
    }

    private static List<String> names(JsonNode list) {
        return list.valueStream().map(company -> company.get("name").asString()).toList();
    }

    /** An archived work order without a customer: its push FAILS. */
    static long failedPush(Api admin) {
        long id = admin.post("/api/work-orders", "{\"description\": \"Zonder klant\"}")
                .id();
        admin.post("/api/work-orders/" + id + "/timesheets", "{\"employee\": \"A\", \"workMinutes\": 30}");
        admin.post("/api/work-orders/" + id + "/complete");
        admin.post("/api/work-orders/" + id + "/archive");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> "FAILED"
                        .equals(admin.get("/api/work-orders/" + id)
                                .json()
                                .at("/invoiceSync/state")
                                .asString()));
        return id;
    }
}
