package nl.simon.integration.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.simon.factuursturen.emulator.EmulatedAccount;
import nl.simon.factuursturen.emulator.FactuurSturenEmulator;
import nl.simon.testing.Api;
import nl.simon.testing.SimonIT;
import nl.simon.testing.TestTenants;
import nl.simon.testing.TestTenants.TestTenant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The activation wizard over the REST API against the FactuurSturen emulator: each step and each refusal. */
@SimonIT
class IntegrationApiIT {
    static final List<String> ALL_TABLES =
            List.of("ItemGroup", "Item", "WorkOrder", "Location", "Customer", "Object", "ContactPerson");
    static FactuurSturenEmulator emulator;

    @Autowired
    TestTenants tenants;

    @Autowired
    JdbcClient jdbc;

    TestTenant tenant;
    Api admin;
    Api office;
    String username;
    String apiKey;

    @BeforeAll
    static void startEmulator() {
        emulator = FactuurSturenEmulator.start(0);
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    @BeforeEach
    void tenantAndFsAccount() {
        tenant = tenants.create();
        admin = tenant.admin();
        office = tenant.office();
        username = "fs-" + UUID.randomUUID();
        apiKey = "key-" + UUID.randomUUID();
        EmulatedAccount account = emulator.createAccount(username, apiKey);
        account.create("products", Map.of("code", "0001", "name", "Reistijd", "price", "45.00", "taxes", "21"));
        account.create("products", Map.of("code", "0002", "name", "Werktijd", "price", "62.50", "taxes", "21"));
        account.create("products", Map.of("code", "0003", "name", "Voorrijkosten", "price", "35.00", "taxes", "21"));
    }

    @Test
    void the_wizard_wipes_connects_saves_settings_and_activates() {
        admin.post("/api/customers", "{\"name\": \"Oude klant\"}");
        JsonNode before = admin.get("/api/integration").json();
        assertThat(before.get("status").asString()).isEqualTo("NOT_ACTIVATED");
        assertThat(before.at("/steps/wipe").asBoolean()).isFalse();
        assertThat(count(admin.get("/api/integration/wipe-preview").json(), "Customer"))
                .isEqualTo(1);

        Api.Response wiped = admin.post("/api/integration/wipe", tables(ALL_TABLES));
        assertThat(wiped.status()).isEqualTo(200);
        assertThat(count(wiped.json(), "Customer")).isZero();
        assertThat(admin.get("/api/customers").body()).isEqualTo("[]");

        Api.Response connected = connect(apiKey);
        assertThat(connected.status()).as(connected.body()).isEqualTo(200);
        assertThat(connected.text("username")).isEqualTo(username);

        Api.Response saved =
                admin.send("PUT", "/api/integration/settings", "application/json", settings("0002", "0003"));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("version").asInt()).isEqualTo(1);

        Api.Response activated = admin.post("/api/integration/activate", "{\"acceptTerms\": true}");
        assertThat(activated.status()).as(activated.body()).isEqualTo(200);
        JsonNode after = activated.json();
        assertThat(after.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(after.get("activatedAt").isNull()).isFalse();
        assertThat(after.at("/connection/username").asString()).isEqualTo(username);
        assertThat(after.at("/settings/workTimeProductCode").asString()).isEqualTo("0002");
        assertThat(after.at("/settings/standardProductCode").asString()).isEqualTo("0003");
        assertThat(after.get("tables"))
                .extracting(row -> row.get("table").asString())
                .containsExactly("ItemGroup", "Item", "Customer", "Location");
        assertThat(messages(admin.get("/api/integration/log").json()))
                .containsSubsequence(
                        "Integratie geactiveerd",
                        "Instellingen opgeslagen (versie 1); ze gelden vanaf nu",
                        "Verbonden met FactuurSturen als " + username);
    }

    @Test
    void activation_is_refused_naming_every_missing_step() {
        Api.Response refused = admin.post("/api/integration/activate", "{\"acceptTerms\": false}");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("missingSteps"))
                .extracting(JsonNode::asString)
                .containsExactly("WIPE", "CONNECT", "SETTINGS", "TERMS");
        assertThat(refused.text("message")).contains("Wissen Simon data", "Koppelen met FactuurSturen");
        JsonNode row = admin.get("/api/integration/log").json().at("/rows/0");
        assertThat(row.get("severity").asString()).isEqualTo("WARNING");
        assertThat(row.get("action").asString()).contains("ontbrekende stappen");
        assertThat(admin.get("/api/integration").text("status")).isEqualTo("NOT_ACTIVATED");
    }

    @Test
    void activation_without_accepting_the_terms_is_refused() {
        prepareAllSteps();

        Api.Response refused = admin.post("/api/integration/activate", "{}");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("missingSteps"))
                .extracting(JsonNode::asString)
                .containsExactly("TERMS");
    }

    @Test
    void the_first_activation_wipes_every_table() {
        Api.Response partial = admin.post("/api/integration/wipe", tables(List.of("WorkOrder")));
        Api.Response unknown = admin.post("/api/integration/wipe", tables(List.of("Factuur")));

        assertThat(partial.status()).isEqualTo(400);
        assertThat(partial.text("field")).isEqualTo("tables");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(admin.get("/api/integration").json().at("/steps/wipe").asBoolean())
                .isFalse();
    }

    @Test
    void the_wipe_touches_no_other_tenant() {
        TestTenant other = tenants.create();
        Api otherApi = other.admin();
        otherApi.post("/api/customers", "{\"name\": \"Blijft staan\"}");
        admin.post("/api/customers", "{\"name\": \"Gaat weg\"}");

        admin.post("/api/integration/wipe", tables(ALL_TABLES));

        assertThat(admin.get("/api/customers").body()).isEqualTo("[]");
        assertThat(otherApi.get("/api/customers").json()).hasSize(1);
    }

    @Test
    void a_wrong_api_key_is_refused_on_the_api_key_field_logged_red_and_not_stored() {
        Api.Response refused = connect("verkeerde-sleutel");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("field")).isEqualTo("apiKey");
        assertThat(refused.text("message")).contains("API-sleutel");
        assertThat(admin.get("/api/integration").json().get("connection").isNull())
                .isTrue();
        JsonNode row = admin.get("/api/integration/log").json().at("/rows/0");
        assertThat(row.get("severity").asString()).isEqualTo("ERROR");
        assertThat(row.get("action").asString()).contains("API-sleutel");
        assertThat(row.toString()).doesNotContain("verkeerde-sleutel");
    }

    @Test
    void the_api_key_is_stored_encrypted_and_never_returned() {
        connect(apiKey);

        String stored = jdbc.sql("SELECT fs_api_key FROM integration WHERE tenant_id = :t")
                .param("t", tenant.tenant().id().value())
                .query(String.class)
                .single();
        assertThat(stored).startsWith("v1:").doesNotContain(apiKey);
        assertThat(admin.get("/api/integration").body()).doesNotContain(apiKey);
        assertThat(admin.get("/api/integration/log").body()).doesNotContain(apiKey);
    }

    @Test
    void an_address_other_than_factuursturen_or_loopback_is_refused_without_calling_it() {
        Api.Response refused = admin.post(
                "/api/integration/connect",
                "{\"username\": \"a\", \"apiKey\": \"b\", \"baseUrl\": \"http://169.254.169.254/api/v1/\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("field")).isEqualTo("baseUrl");
    }

    @Test
    void a_product_code_is_checked_against_factuursturen() {
        connect(apiKey);

        JsonNode found = admin.post("/api/integration/check-product", "{\"code\": \"0002\"}")
                .json();
        JsonNode missing = admin.post("/api/integration/check-product", "{\"code\": \"0009\"}")
                .json();

        assertThat(found.get("found").asBoolean()).isTrue();
        assertThat(found.get("name").asString()).isEqualTo("Werktijd");
        assertThat(found.get("price").decimalValue()).isEqualByComparingTo("62.50");
        assertThat(found.get("vatPercentage").decimalValue()).isEqualByComparingTo("21");
        assertThat(missing.get("found").asBoolean()).isFalse();
    }

    @Test
    void settings_need_a_connection_and_known_product_codes_naming_the_wrong_field() {
        assertThat(admin.send("PUT", "/api/integration/settings", "application/json", settings("0002", null))
                        .status())
                .isEqualTo(409);
        connect(apiKey);

        Api.Response unknown =
                admin.send("PUT", "/api/integration/settings", "application/json", settings("0099", null));
        Api.Response badChoice = admin.send(
                "PUT",
                "/api/integration/settings",
                "application/json",
                settings("0002", null).replace("WORK_ORDER_NUMBER\"", "FACTUURNUMMER\""));

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.text("field")).isEqualTo("workTimeProductCode");
        assertThat(unknown.text("message")).contains("0099");
        assertThat(badChoice.status()).isEqualTo(400);
        assertThat(badChoice.text("field")).isEqualTo("invoiceName");
        assertThat(admin.get("/api/integration").json().get("settingsVersion").isNull())
                .isTrue();
    }

    @Test
    void every_save_is_a_new_version_applying_from_that_moment() {
        connect(apiKey);
        admin.send("PUT", "/api/integration/settings", "application/json", settings("0002", null));
        JsonNode second = admin.send("PUT", "/api/integration/settings", "application/json", settings("0002", "0003"))
                .json();

        assertThat(second.get("version").asInt()).isEqualTo(2);
        JsonNode shown = admin.get("/api/integration").json();
        assertThat(shown.at("/settingsVersion/version").asInt()).isEqualTo(2);
        assertThat(shown.at("/settings/standardProductCode").asString()).isEqualTo("0003");
        assertThat(jdbc.sql("SELECT count(*) FROM integration_settings WHERE tenant_id = :t")
                        .param("t", tenant.tenant().id().value())
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void office_users_see_status_and_log_but_may_change_nothing() {
        assertThat(office.get("/api/integration").status()).isEqualTo(200);
        assertThat(office.get("/api/integration/log").status()).isEqualTo(200);
        assertThat(office.get("/api/integration/wipe-preview").status()).isEqualTo(200);
        assertThat(office.post("/api/integration/wipe", tables(ALL_TABLES)).status())
                .isEqualTo(403);
        assertThat(office.post("/api/integration/connect", "{}").status()).isEqualTo(403);
        assertThat(office.send("PUT", "/api/integration/settings", "application/json", "{}")
                        .status())
                .isEqualTo(403);
        assertThat(office.post("/api/integration/activate", "{\"acceptTerms\": true}")
                        .status())
                .isEqualTo(403);
        assertThat(office.post("/api/integration/deactivate").status()).isEqualTo(403);
        assertThat(office.post("/api/integration/sync").status()).isEqualTo(403);
        assertThat(office.post("/api/integration/wipe", tables(ALL_TABLES)).text("error"))
                .isEqualTo("forbidden");
    }

    @Test
    void deactivation_and_reactivation_with_a_chosen_wipe() {
        prepareAllSteps();
        admin.post("/api/integration/activate", "{\"acceptTerms\": true}");
        assertThat(admin.post("/api/integration/wipe", tables(ALL_TABLES)).status())
                .isEqualTo(409);

        JsonNode inactive = admin.post("/api/integration/deactivate").json();
        assertThat(inactive.get("status").asString()).isEqualTo("INACTIVE");
        assertThat(inactive.get("deactivatedAt").isNull()).isFalse();
        assertThat(admin.post("/api/integration/deactivate").status()).isEqualTo(409);
        assertThat(admin.post("/api/integration/activate", "{\"acceptTerms\": true}")
                        .json()
                        .get("missingSteps"))
                .extracting(JsonNode::asString)
                .containsExactly("WIPE");

        Api.Response customerWithoutDependents = admin.post("/api/integration/wipe", tables(List.of("Customer")));
        assertThat(customerWithoutDependents.status()).isEqualTo(400);
        assertThat(customerWithoutDependents.text("message")).contains("Werkbon", "Werkadres");
        assertThat(admin.post("/api/integration/wipe", tables(List.of("WorkOrder")))
                        .status())
                .isEqualTo(200);
        assertThat(admin.post("/api/integration/activate", "{\"acceptTerms\": true}")
                        .text("status"))
                .isEqualTo("ACTIVE");
    }

    @Test
    void the_log_shows_40_rows_a_page_newest_first_and_filters_by_severity() {
        for (int i = 0; i < 22; i++) {
            admin.post("/api/integration/activate", "{}");
            connect("fout-" + i);
        }
        JsonNode first = admin.get("/api/integration/log").json();
        JsonNode second = admin.get("/api/integration/log?page=2").json();
        JsonNode errors = admin.get("/api/integration/log?severity=ERROR").json();

        assertThat(first.get("rows")).hasSize(40);
        assertThat(first.get("pages").asInt()).isEqualTo(2);
        assertThat(second.get("rows")).hasSize(4);
        assertThat(first.at("/rows/0/message").asString()).startsWith("Verbinden met FactuurSturen mislukt");
        assertThat(first.at("/rows/0/time").asString())
                .isGreaterThanOrEqualTo(first.at("/rows/39/time").asString());
        assertThat(errors.get("rows"))
                .hasSize(22)
                .allSatisfy(row -> assertThat(row.get("severity").asString()).isEqualTo("ERROR"));
        assertThat(admin.get("/api/integration/log?severity=LOUD").text("field"))
                .isEqualTo("severity");
        assertThat(admin.inLanguage("en")
                        .get("/api/integration/log")
                        .json()
                        .at("/rows/0/message")
                        .asString())
                .startsWith("Connecting to FactuurSturen failed");
    }

    private void prepareAllSteps() {
        admin.post("/api/integration/wipe", tables(ALL_TABLES));
        connect(apiKey);
        admin.send("PUT", "/api/integration/settings", "application/json", settings("0002", null));
    }

    private Api.Response connect(String key) {
        return admin.post(
                "/api/integration/connect",
                "{\"username\": \"%s\", \"apiKey\": \"%s\", \"baseUrl\": \"%s\"}"
                        .formatted(username, key, emulator.baseUrl()));
    }

    static String tables(List<String> names) {
        return "{\"tables\": ["
                + String.join(", ", names.stream().map(n -> "\"" + n + "\"").toList()) + "]}";
    }

    static String settings(String workTimeCode, String standardCode) {
        return """
                {"quotationsToWorkOrders": false, "quotationFilterWord": null, "quotationLinesAsUsedItems": true,
                 "workDescriptionSource": "QUOTATION_NAME", "customerReferenceSource": "QUOTATION_REFERENCE",
                 "travelTimeProductCode": "0001", "workTimeProductCode": %s, "standardProductCode": %s,
                 "workOrderExclusionWord": "garantie", "descriptionAsFirstLine": true,
                 "invoiceReference": "WORK_ADDRESS", "invoiceName": "WORK_ORDER_NUMBER"}""".formatted(quoted(workTimeCode), quoted(standardCode));
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    private static long count(JsonNode preview, String table) {
        for (JsonNode row : preview) {
            if (row.get("table").asString().equals(table)) {
                return row.get("count").asLong();
            }
        }
        throw new AssertionError("no table " + table + " in " + preview);
    }

    private static List<String> messages(JsonNode log) {
        return log.get("rows")
                .valueStream()
                .map(row -> row.get("message").asString())
                .toList();
    }
}
