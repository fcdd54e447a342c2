package nl.simon.integration.fs;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import nl.simon.testing.Api;
import nl.simon.testing.SimonIT;
import nl.simon.testing.TestTenants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The FactuurSturen address a tenant names: never with user-info, a query, a fragment or another path
 * (refused without calling it), and what an address answers that is not FactuurSturen is never echoed.
 */
@SimonIT
class FsAddressIT {
    private static final String INTERNAL = "GEHEIM-INTERN-ANTWOORD van een interne dienst";

    @Autowired
    TestTenants tenants;

    HttpServer other;
    final AtomicInteger calls = new AtomicInteger();
    final AtomicInteger status = new AtomicInteger(400);
    Api admin;

    @BeforeEach
    void start() throws Exception {
        other = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        other.createContext("/", exchange -> {
            calls.incrementAndGet();
            byte[] body = INTERNAL.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status.get(), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        other.start();
        admin = tenants.create().admin();
    }

    @AfterEach
    void stop() {
        other.stop(0);
    }

    @Test
    void an_address_with_user_info_a_query_a_fragment_or_another_path_is_refused_without_calling_it() {
        String host = "127.0.0.1:" + other.getAddress().getPort();
        for (String address : new String[] {
            "http://demo:demo-api-key@" + host + "/api/v1/",
            "http://" + host + "/internal/#/api/v1/",
            "http://" + host + "/internal?/api/v1/",
            "http://" + host + "/api/v1/?x=1",
            "http://" + host + "/api/v1/../../internal/",
            "http://" + host + "/"
        }) {
            Api.Response refused = connect(address);

            assertThat(refused.status()).as(address + " " + refused.body()).isEqualTo(400);
            assertThat(refused.text("field")).isEqualTo("baseUrl");
        }
        assertThat(calls.get()).isZero();
    }

    @Test
    void what_an_address_answers_that_is_not_factuursturen_is_never_echoed() {
        Api.Response refused = connect("http://127.0.0.1:" + other.getAddress().getPort() + "/api/v1/");

        assertThat(calls.get()).isPositive();
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.text("field")).isEqualTo("baseUrl");
        assertThat(refused.body()).doesNotContain("GEHEIM").contains("antwoordt niet als FactuurSturen");
        assertThat(admin.get("/api/integration/log").body()).doesNotContain("GEHEIM");
    }

    @Test
    void an_address_answering_200_with_something_else_than_factuursturen_does_is_not_connected() {
        status.set(200);

        Api.Response refused = connect("http://127.0.0.1:" + other.getAddress().getPort() + "/api/v1/");

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.text("field")).isEqualTo("baseUrl");
        assertThat(refused.body()).doesNotContain("GEHEIM");
        assertThat(admin.get("/api/integration").json().path("connection").isMissingNode()
                        || admin.get("/api/integration")
                                .json()
                                .path("connection")
                                .isNull())
                .isTrue();
    }

    private Api.Response connect(String baseUrl) {
        return admin.post(
                "/api/integration/connect",
                "{\"username\": \"demo\", \"apiKey\": \"demo-api-key\", \"baseUrl\": \"%s\"}".formatted(baseUrl));
    }
}
