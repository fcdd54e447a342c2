package nl.simon.adapter.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import nl.simon.testing.Api;
import nl.simon.testing.SimonIT;
import nl.simon.testing.TestDatabase;
import nl.simon.testing.TestTenants;
import nl.simon.testing.TestTenants.TestTenant;
import nl.simon.testing.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 14, items 1, 3, 4, 5 and 9: bad input is a 4xx in the error shape {@code {"error", "message"[,
 * "field"]}} naming the field, never a 500 or a "data changed meanwhile"; nothing is stored from a refused
 * request; texts have limits in the API, the forms and the database; money is written as plain decimals.
 */
@SimonIT
@ExtendWith(OutputCaptureExtension.class)
class BadInputIT {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    int port;

    @Autowired
    TestTenants tenants;

    @Autowired
    JdbcClient jdbc;

    TestTenant tenant;
    Api api;

    @BeforeEach
    void login() {
        tenant = tenants.create();
        api = tenant.admin();
    }

    // item 1

    @Test
    void an_api_error_is_json_whatever_the_client_accepts_and_no_stack_trace_is_logged(CapturedOutput output) {
        for (String accept :
                List.of("text/html", "*/*", "image/png", "text/html,application/xhtml+xml;q=0.9", "application/xml")) {
            Api client = api.accepting(accept);
            assertErrorShape(client.get("/api/customers/999999999"), 404, null);
            assertErrorShape(client.get("/api/bestaat-niet"), 404, null);
            assertErrorShape(client.send("DELETE", "/api/work-orders", null, ""), 405, null);
            assertErrorShape(client.post("/api/work-orders", "{}"), 400, "description");
            assertErrorShape(Api.anonymous(port).accepting(accept).get("/api/work-orders"), 401, null);
        }
        // A successful answer the client cannot take is a 406 in the error shape, not an empty body.
        assertErrorShape(api.accepting("image/png").get("/api/customers"), 406, null);
        assertThat(output.getAll())
                .doesNotContain("HttpMediaTypeNotAcceptableException")
                .doesNotContain("HttpRequestMethodNotSupportedException")
                .doesNotContain("Failure in @ExceptionHandler");
    }

    // item 3

    @Test
    void a_wildcard_content_type_is_415_on_every_json_endpoint_the_operator_api_included() {
        for (String type : List.of("*/*", "application/*", "*/json", "nonsense")) {
            assertErrorShape(api.send("POST", "/api/customers", type, "{\"name\": \"X\"}"), 415, null);
            assertErrorShape(api.send("POST", "/api/work-orders", type, "{\"description\": \"X\"}"), 415, null);
            assertErrorShape(api.send("PUT", "/api/integration/settings", type, "{}"), 415, null);
            assertErrorShape(operator().send("POST", "/api/operator/tenants", type, "{}"), 415, null);
        }
    }

    @Test
    void huge_exponents_and_too_large_amounts_are_400_naming_the_field_and_nothing_is_stored() {
        for (String price : List.of("1e-1000000000", "1e1000000", "1e10", "12345678901", "0.00001", "-1e1000000")) {
            String code = "N" + UUID.randomUUID().toString().substring(0, 8);
            Api.Response answer = api.post("/api/items", """
                    {"code": "%s", "name": "Getal", "price": %s, "vatPercentage": 21}""".formatted(code, price));
            assertErrorShape(answer, 400, "price");
            assertThat(api.get("/api/items?q=" + code).json().size()).as(price).isZero();
        }
        assertErrorShape(api.post("/api/items", """
                {"code": "V1", "name": "Btw", "price": 1, "vatPercentage": 1e-1000000000}"""), 400, "vatPercentage");
        long workOrder = workOrderWithItem();
        assertErrorShape(
                api.post(
                        "/api/work-orders/" + workOrder + "/used-items",
                        "{\"itemId\": 1, \"quantity\": 1e-1000000000}"),
                400,
                "quantity");
        assertErrorShape(
                api.post(
                        "/api/work-orders/" + workOrder + "/timesheets",
                        "{\"employee\": \"Piet\", \"workMinutes\": 1e1000000}"),
                400,
                "workMinutes");
    }

    @Test
    void a_nul_character_is_400_naming_the_field_never_409() {
        assertErrorShape(api.post("/api/customers", "{\"name\": \"Bakkerij\\u0000Jansen\"}"), 400, "name");
        assertErrorShape(api.post("/api/customers", "{\"name\": \"Bakkerij\", \"city\": \"Ede\\u0000\"}"), 400, "city");
        assertErrorShape(api.post("/api/work-orders", "{\"description\": \"a\\u0000b\"}"), 400, "description");
        assertErrorShape(api.get("/api/customers?q=a%00b"), 400, "q");
        assertErrorShape(api.get("/api/work-orders?q=%00"), 400, "q");
        assertThat(api.get("/api/customers?q=Bakkerij").json().size()).isZero();
    }

    @Test
    void a_year_far_away_is_400_naming_the_field() {
        long workOrder =
                api.post("/api/work-orders", "{\"description\": \"Ver weg\"}").id();
        for (String start : List.of(
                "+999999999-01-01T08:00:00Z", "-999999999-01-01T08:00", "9999-12-31T23:59:59Z", "1899-01-01T08:00")) {
            assertErrorShape(
                    api.post(
                            "/api/work-orders/" + workOrder + "/plannings",
                            "{\"employee\": \"Piet\", \"start\": \"" + start + "\"}"),
                    400,
                    "start");
        }
        assertThat(api.get("/api/work-orders/" + workOrder)
                        .json()
                        .get("plannings")
                        .size())
                .isZero();
    }

    @Test
    void a_base_url_with_an_impossible_port_is_400_naming_the_field() {
        for (String url : List.of("http://127.0.0.1:99999/api/v1/", "http://localhost:65536/", "http://127.0.0.1:0/")) {
            assertErrorShape(
                    api.post(
                            "/api/integration/connect",
                            "{\"username\": \"demo\", \"apiKey\": \"k\", \"baseUrl\": \"" + url + "\"}"),
                    400,
                    "baseUrl");
        }
    }

    @Test
    void the_error_address_itself_is_a_404_in_the_error_shape() {
        assertErrorShape(Api.anonymous(port).get("/error"), 404, null);
        assertErrorShape(Api.anonymous(port).accepting("text/html").get("/error"), 404, null);
    }

    // item 4

    @Test
    void the_wipe_form_checks_every_table_name_first_and_wipes_only_a_valid_request() {
        WebSession web = tenant.adminWeb();
        long customer =
                api.post("/api/customers", "{\"name\": \"Blijft staan\"}").id();
        List<String> padded = new ArrayList<>();
        for (String table :
                List.of("ItemGroup", "Item", "WorkOrder", "Location", "Customer", "Object", "ContactPerson")) {
            padded.add("tables=  " + table + " ");
        }
        List<String> withUnknown = new ArrayList<>(padded);
        withUnknown.add("tables=Bestaat niet");

        HttpResponse<String> refused = web.submit("/integration/wizard?step=wipe", "/integration/wipe", withUnknown);
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(api.get("/api/customers/" + customer).status())
                .as("nothing wiped")
                .isEqualTo(200);

        HttpResponse<String> unconfirmed = web.submit("/integration/wizard?step=wipe", "/integration/wipe", padded);
        assertThat(unconfirmed.statusCode()).isEqualTo(302);
        assertThat(api.get("/api/customers/" + customer).status())
                .as("nothing wiped without the confirmation")
                .isEqualTo(200);
        assertThat(api.get("/api/integration").json().get("steps").get("wipe").asBoolean())
                .isFalse();

        List<String> confirmed = new ArrayList<>(padded);
        confirmed.add("confirm=true");
        HttpResponse<String> wiped = web.submit("/integration/wizard?step=wipe", "/integration/wipe", confirmed);
        assertThat(wiped.statusCode()).as(wiped.body()).isEqualTo(302);
        assertThat(wiped.headers().firstValue("Location").orElse("")).doesNotContain("error");
        assertThat(api.get("/api/customers/" + customer).status()).isEqualTo(404);
        assertThat(api.get("/api/integration").json().get("steps").get("wipe").asBoolean())
                .isTrue();
    }

    // item 5

    @Test
    void every_text_has_a_maximum_in_the_api_naming_the_field() {
        String long201 = "x".repeat(201);
        assertErrorShape(api.post("/api/customers", "{\"name\": \"" + long201 + "\"}"), 400, "name");
        assertErrorShape(
                api.post("/api/customers", "{\"name\": \"K\", \"address\": \"" + long201 + "\"}"), 400, "address");
        assertErrorShape(
                api.post("/api/customers", "{\"name\": \"K\", \"zipcode\": \"" + "1".repeat(21) + "\"}"),
                400,
                "zipcode");
        assertErrorShape(api.post("/api/customers", "{\"name\": \"K\", \"city\": \"" + long201 + "\"}"), 400, "city");
        long customer = api.post("/api/customers", "{\"name\": \"K\", \"address\": \"" + "a".repeat(200) + "\"}")
                .id();
        assertErrorShape(
                api.post("/api/customers/" + customer + "/locations", "{\"address\": \"" + long201 + "\"}"),
                400,
                "address");
        assertErrorShape(
                api.post(
                        "/api/customers/" + customer + "/locations",
                        "{\"address\": \"Straat 1\", \"name\": \"" + long201 + "\"}"),
                400,
                "name");
        assertErrorShape(
                api.post(
                        "/api/customers/" + customer + "/locations",
                        "{\"address\": \"Straat 1\", \"city\": \"" + long201 + "\"}"),
                400,
                "city");
        assertErrorShape(operator().post("/api/operator/tenants", """
                {"name": "%s", "adminEmail": "a@b.nl", "adminPassword": "lang-genoeg-wachtwoord"}""".formatted(long201)), 400, "name");
        assertErrorShape(operator().post("/api/operator/tenants", """
                {"name": "Lang adres", "adminEmail": "%s@b.nl", "adminPassword": "lang-genoeg-wachtwoord"}""".formatted("a".repeat(250))), 400, "adminEmail");
    }

    @Test
    void a_body_over_one_megabyte_is_413_in_the_error_shape_with_or_without_a_length() throws Exception {
        String huge = "{\"name\": \"K\", \"address\": \"" + "x".repeat(1536 * 1024) + "\"}";
        assertErrorShape(api.post("/api/customers", huge), 413, null);

        byte[] bytes = huge.getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> chunked = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/customers"))
                        .header("Authorization", basic())
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).as(chunked.body()).isEqualTo(413);
        assertThat(chunked.body()).contains("\"error\"").contains("\"message\"");
        assertThat(api.get("/api/customers").json().size()).isZero();
    }

    @Test
    void the_database_refuses_a_text_over_its_limit_whatever_the_application_does() {
        long tenantId = tenant.tenant().id().value();
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO customer (tenant_id, name, address, origin, changed_at)
                VALUES (:tenant, 'K', :address, 'SIMON', now())""")
                        .param("tenant", tenantId)
                        .param("address", "x".repeat(201))
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("customer_address_length");
        assertThatThrownBy(() -> jdbc.sql("UPDATE tenant SET name = :name WHERE id = :tenant")
                        .param("tenant", tenantId)
                        .param("name", "n".repeat(201))
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("tenant_name_length");
    }

    @Test
    void the_customer_form_shows_a_too_long_address_in_red_and_stores_nothing() {
        WebSession web = tenant.adminWeb();
        HttpResponse<String> sent = web.submit(
                "/customers",
                "/customers",
                List.of("name=Lange straat", "address=" + "s".repeat(201), "zipcode=1234 AB", "city=Ede"));

        assertThat(sent.statusCode()).isEqualTo(302);
        String page =
                web.page(sent.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""));
        assertThat(page).contains("Mag hoogstens 200 tekens lang zijn.");
        assertThat(api.get("/api/customers?q=Lange").json().size()).isZero();
    }

    // item 9

    @Test
    void the_operator_api_asks_for_its_bearer_token() {
        Api.Response anonymous = Api.anonymous(port).post("/api/operator/tenants", "{}");
        assertErrorShape(anonymous, 401, null);
        assertThat(anonymous.text("message")).contains("Bearer").doesNotContain("HTTP Basic");
        assertThat(Api.anonymous(port)
                        .inLanguage("en")
                        .post("/api/operator/tenants", "{}")
                        .text("message"))
                .contains("Bearer");
    }

    @Test
    void money_is_written_as_plain_decimals() {
        long item = api.post("/api/items", """
                {"code": "TIEN", "name": "Tientje", "price": 10, "vatPercentage": 21}""").id();
        Api.Response read = api.get("/api/items/" + item);

        assertThat(read.body()).contains("\"price\":10.00").doesNotContain("E+");
        long workOrder =
                api.post("/api/work-orders", "{\"description\": \"Geld\"}").id();
        Api.Response used = api.post(
                "/api/work-orders/" + workOrder + "/used-items", "{\"itemId\": " + item + ", \"quantity\": 100}");
        assertThat(used.body())
                .contains("\"price\":10.00")
                .contains("\"quantity\":100")
                .doesNotContain("E+");
    }

    @Test
    void ids_are_decimal_only() {
        long workOrder =
                api.post("/api/work-orders", "{\"description\": \"Hex\"}").id();
        assertThat(api.get("/api/work-orders/" + workOrder).status()).isEqualTo(200);

        for (String id : List.of(
                "0x" + Long.toHexString(workOrder),
                "0X" + Long.toHexString(workOrder),
                "%23" + Long.toHexString(workOrder),
                "%20" + workOrder,
                "+" + workOrder,
                "1e3",
                "99999999999999999999")) {
            assertErrorShape(api.get("/api/work-orders/" + id), 400, "id");
        }
        assertErrorShape(api.get("/api/customers?limit=0x10"), 400, "limit");
    }

    @Test
    void an_enum_given_by_its_number_is_400_naming_the_field() {
        Api.Response answer = api.send("PUT", "/api/integration/settings", "application/json", """
                {"quotationsToWorkOrders": false, "quotationLinesAsUsedItems": false, "workDescriptionSource": 1,
                 "customerReferenceSource": "QUOTATION_REFERENCE", "descriptionAsFirstLine": false,
                 "invoiceReference": "WORK_ADDRESS", "invoiceName": "WORK_ORDER_NUMBER"}""");
        assertErrorShape(answer, 400, "workDescriptionSource");
    }

    @Test
    void a_yes_no_field_left_out_or_null_is_400_saying_it_is_required_and_a_wrong_one_that_it_is_wrong() {
        String rest = "\"quotationLinesAsUsedItems\": false, \"workDescriptionSource\": \"QUOTATION_NAME\","
                + " \"customerReferenceSource\": \"QUOTATION_REFERENCE\", \"descriptionAsFirstLine\": false,"
                + " \"invoiceReference\": \"WORK_ADDRESS\", \"invoiceName\": \"WORK_ORDER_NUMBER\"";
        for (String body : List.of("{" + rest + "}", "{\"quotationsToWorkOrders\": null, " + rest + "}")) {
            Api.Response answer = api.send("PUT", "/api/integration/settings", "application/json", body);
            assertErrorShape(answer, 400, "quotationsToWorkOrders");
            assertThat(answer.json().get("message").asString())
                    .isEqualTo("quotationsToWorkOrders: Dit veld is verplicht.");
        }
        Api.Response wrong = api.send(
                "PUT",
                "/api/integration/settings",
                "application/json",
                "{\"quotationsToWorkOrders\": \"ja\", " + rest + "}");
        assertErrorShape(wrong, 400, "quotationsToWorkOrders");
        assertThat(wrong.json().get("message").asString())
                .isEqualTo("quotationsToWorkOrders: Deze waarde is niet geldig.");
    }

    @Test
    void the_operator_registers_no_admin_with_a_short_password() {
        String email = "kort-" + UUID.randomUUID() + "@installatie.nl";
        for (String password : List.of("a", "123456789")) {
            assertErrorShape(
                    operator().post("/api/operator/tenants", """
                    {"name": "Kort %s", "adminEmail": "%s", "adminPassword": "%s"}""".formatted(email, email, password)),
                    400,
                    "adminPassword");
        }
        assertThat(operator()
                        .post("/api/operator/tenants", """
                {"name": "Lang %s", "adminEmail": "%s", "adminPassword": "1234567890"}""".formatted(email, email))
                        .status())
                .isEqualTo(201);
    }

    private long workOrderWithItem() {
        return api.post("/api/work-orders", "{\"description\": \"Getallen\"}").id();
    }

    private Api operator() {
        return Api.operator(port, TestDatabase.OPERATOR_TOKEN);
    }

    private String basic() {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString(
                                (tenant.adminEmail() + ":" + tenant.password()).getBytes(StandardCharsets.UTF_8));
    }

    /** A 4xx with {"error", "message"[, "field"]} as JSON; {@code field} named when given. */
    static void assertErrorShape(Api.Response answer, int status, String field) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.raw().headers().firstValue("Content-Type").orElse(""))
                .as(answer.toString())
                .startsWith("application/json");
        JsonNode body = answer.json();
        assertThat(body.path("error").isString()).as(answer.toString()).isTrue();
        assertThat(body.path("message").asString()).as(answer.toString()).isNotBlank();
        if (field != null) {
            assertThat(body.path("field").asString()).as(answer.toString()).isEqualTo(field);
        }
    }
}
