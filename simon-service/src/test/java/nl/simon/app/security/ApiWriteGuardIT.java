package nl.simon.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import nl.simon.testing.Api;
import nl.simon.testing.SimonIT;
import nl.simon.testing.TestDatabase;
import nl.simon.testing.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * CSRF on the API: a page on another site cannot make a browser that holds Basic credentials change
 * anything. Writes take only JSON (or no body at all); form content types are refused even without a
 * body, and a write whose {@code Origin} or {@code Sec-Fetch-Site} names another site is refused.
 */
@SimonIT
class ApiWriteGuardIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    TestTenants tenants;

    TestTenants.TestTenant tenant;
    Api admin;
    long workOrder;

    @BeforeEach
    void aWorkOrder() {
        tenant = tenants.create();
        admin = tenant.admin();
        workOrder =
                admin.post("/api/work-orders", "{\"description\": \"Lekkage\"}").id();
    }

    @Test
    void a_bodyless_write_sent_as_a_form_is_refused_with_415_and_changes_nothing() throws Exception {
        for (String formType : new String[] {
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x",
            "text/plain",
            "text/plain;charset=UTF-8"
        }) {
            for (String action : new String[] {"complete", "resend"}) {
                HttpResponse<String> refused = send(
                        "POST", "/api/work-orders/" + workOrder + "/" + action, Map.of("Content-Type", formType), "");

                assertThat(refused.statusCode()).as(formType + " " + action).isEqualTo(415);
                assertThat(JSON.readTree(refused.body()).path("error").asString())
                        .isEqualTo("unsupported_media_type");
            }
            HttpResponse<String> withBody = send(
                    "POST", "/api/work-orders/" + workOrder + "/complete", Map.of("Content-Type", formType), "a=b");
            assertThat(withBody.statusCode()).as(formType).isEqualTo(415);
        }
        HttpResponse<String> sync =
                send("POST", "/api/integration/sync", Map.of("Content-Type", "application/x-www-form-urlencoded"), "");
        HttpResponse<String> bodyWithoutType =
                send("POST", "/api/work-orders/" + workOrder + "/complete", Map.of(), "x");

        assertThat(sync.statusCode()).isEqualTo(415);
        assertThat(bodyWithoutType.statusCode()).isEqualTo(415);
        assertThat(admin.get("/api/work-orders/" + workOrder).text("status")).isEqualTo("OPEN");
    }

    @Test
    void a_write_from_another_site_is_refused_with_403_and_changes_nothing() throws Exception {
        for (Map<String, String> crossSite : java.util.List.of(
                Map.of("Origin", "https://evil.example"),
                Map.of("Origin", "null"),
                Map.of("Origin", "http://127.0.0.1:" + (port + 1)),
                Map.of("Origin", "https://127.0.0.1:" + port),
                Map.of("Sec-Fetch-Site", "cross-site"))) {
            HttpResponse<String> refused = send("POST", "/api/work-orders/" + workOrder + "/complete", crossSite, null);

            assertThat(refused.statusCode()).as(crossSite.toString()).isEqualTo(403);
            assertThat(JSON.readTree(refused.body()).path("error").asString()).isEqualTo("cross_site_request");
            assertThat(JSON.readTree(refused.body()).path("message").asString()).contains("andere website");
        }
        long company = Api.operator(port, TestDatabase.OPERATOR_TOKEN)
                .post(
                        "/api/operator/tenants",
                        "{\"name\": \"Doelwit %s\", \"adminEmail\": \"doel-%s@x.nl\", \"adminPassword\": \"sterk-wachtwoord\"}"
                                .formatted(workOrder, java.util.UUID.randomUUID()))
                .id();
        HttpResponse<String> operatorDelete = send(
                "DELETE",
                "/api/operator/tenants/" + company,
                Map.of("Origin", "https://evil.example", "Authorization", "Bearer " + TestDatabase.OPERATOR_TOKEN),
                null);

        assertThat(operatorDelete.statusCode()).isEqualTo(403);
        assertThat(admin.get("/api/work-orders/" + workOrder).text("status")).isEqualTo("OPEN");
    }

    @Test
    void json_and_bodyless_writes_from_this_site_or_no_browser_work_as_before() throws Exception {
        HttpResponse<String> sameOrigin = send(
                "POST",
                "/api/work-orders/" + workOrder + "/complete",
                Map.of("Origin", "http://127.0.0.1:" + port, "Sec-Fetch-Site", "same-origin"),
                null);
        HttpResponse<String> json = send(
                "POST",
                "/api/work-orders",
                Map.of("Content-Type", "application/json; charset=UTF-8"),
                "{\"description\": \"Nog een\"}");

        assertThat(sameOrigin.statusCode()).as(sameOrigin.body()).isEqualTo(200);
        assertThat(admin.get("/api/work-orders/" + workOrder).text("status")).isEqualTo("COMPLETED");
        assertThat(json.statusCode()).as(json.body()).isEqualTo(201);
        assertThat(admin.post("/api/work-orders/" + workOrder + "/archive").status())
                .isEqualTo(200);
    }

    private HttpResponse<String> send(String method, String path, Map<String, String> headers, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (!headers.containsKey("Authorization")) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((tenant.adminEmail() + ":" + tenant.password())
                                            .getBytes(StandardCharsets.UTF_8)));
        }
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
