package nl.simon.adapter.api;

import static org.assertj.core.api.Assertions.assertThat;

import nl.simon.testing.Api;
import nl.simon.testing.SimonIT;
import nl.simon.testing.TestTenants;
import nl.simon.testing.TestTenants.TestTenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What every caller meets at the edge: login, language, wrong paths and bodies, operator endpoints. */
@SimonIT
class ApiBoundaryIT {
    @LocalServerPort
    int port;

    @Autowired
    TestTenants tenants;

    TestTenant tenant;
    Api api;

    @BeforeEach
    void login() {
        tenant = tenants.create();
        api = tenant.admin();
    }

    @Test
    void api_without_or_with_a_wrong_password_is_401_in_json() {
        Api.Response anonymous = Api.anonymous(port).get("/api/work-orders");
        Api.Response wrong = Api.at(port, tenant.adminEmail(), "fout").get("/api/work-orders");

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.text("error")).isEqualTo("unauthorized");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.raw().headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(h -> assertThat(h).startsWith("Basic"));
    }

    @Test
    void office_users_log_in_with_the_same_account_on_the_api() {
        assertThat(tenant.office().get("/api/work-orders").status()).isEqualTo(200);
        assertThat(Api.at(port, tenant.adminEmail().toUpperCase(), tenant.password())
                        .get("/api/items")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void messages_are_dutch_by_default_and_english_on_request() {
        String dutch = api.post("/api/work-orders", "{}").text("message");
        String english =
                api.inLanguage("en-GB,en;q=0.9").post("/api/work-orders", "{}").text("message");
        String german = api.inLanguage("de-DE").post("/api/work-orders", "{}").text("message");

        assertThat(dutch).isEqualTo("description: Dit veld is verplicht.");
        assertThat(english).isEqualTo("description: This field is required.");
        assertThat(german).isEqualTo(dutch);
    }

    @Test
    void unknown_paths_wrong_methods_and_wrong_bodies_are_4xx_in_the_error_shape() {
        Api.Response unknown = api.get("/api/bestaat-niet");
        Api.Response method = api.send("DELETE", "/api/work-orders", null, "");
        Api.Response mediaType = api.send("POST", "/api/work-orders", "text/plain", "description=x");
        Api.Response broken = api.post("/api/work-orders", "{\"description\": ");
        Api.Response empty = api.send("POST", "/api/customers", "application/json", "");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text("error")).isEqualTo("not_found");
        assertThat(unknown.text("message")).isNotBlank();
        assertThat(method.status()).isEqualTo(405);
        assertThat(method.text("error")).isEqualTo("method_not_allowed");
        assertThat(mediaType.status()).isEqualTo(415);
        assertThat(mediaType.text("message")).isNotBlank();
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.text("error")).isEqualTo("bad_request");
        assertThat(empty.status()).isEqualTo(400);
    }

    @Test
    void health_metrics_and_the_openapi_description_are_served() {
        Api anonymous = Api.anonymous(port);
        Api.Response health = anonymous.get("/actuator/health");
        Api.Response metrics = anonymous.accepting("text/plain").get("/actuator/prometheus");
        Api.Response openApi = anonymous.get("/v3/api-docs");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("http_server_requests");
        assertThat(openApi.status()).isEqualTo(200);
        assertThat(openApi.json().at("/paths").propertyNames())
                .contains("/api/work-orders/{id}/archive", "/api/customers/{id}/locations", "/api/item-groups");
    }
}
