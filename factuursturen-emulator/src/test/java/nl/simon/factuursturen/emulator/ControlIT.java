package nl.simon.factuursturen.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The control endpoints under {@code /_emulator/} (docs/contracts.md §3) and their Java twins. */
class ControlIT extends AgainstEmulator {

    private RawHttp control;

    @BeforeEach
    void controlClient() {
        control = new RawHttp(emulator.controlUrl());
    }

    @Test
    void post_accounts_creates_an_empty_account_with_its_hourly_limit() {
        HttpResponse<String> created =
                control.postJson("accounts", "{\"username\":\"bouw\",\"apiKey\":\"bouw-key\",\"hourlyLimit\":5}");

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).isEqualTo("{\"username\":\"bouw\",\"hourlyLimit\":5,\"remaining\":5}");
        HttpResponse<String> first =
                new RawHttp(emulator.baseUrl()).as("bouw", "bouw-key").get("clients");
        assertThat(first.body()).isEqualTo("[]");
        assertThat(first.headers().firstValue("X-RateLimit-Remaining")).hasValue("4");
    }

    @Test
    void account_gets_the_default_limit_and_a_taken_or_incomplete_account_is_refused() {
        assertThat(control.postJson("accounts", "{\"username\":\"bouw\",\"apiKey\":\"k\"}")
                        .body())
                .contains("\"hourlyLimit\":2000");
        assertThat(control.postJson("accounts", "{\"username\":\"bouw\",\"apiKey\":\"k\"}")
                        .statusCode())
                .isEqualTo(409);
        assertThat(control.postJson("accounts", "{\"username\":\"leeg\"}").statusCode())
                .isEqualTo(400);
        assertThat(control.postJson("accounts", "{niet json").statusCode()).isEqualTo(400);
    }

    @Test
    void reset_removes_all_accounts_and_data() {
        http.postJson("clients", "{}");

        assertThat(control.postJson("reset", "").statusCode()).isEqualTo(204);

        assertThat(http.get("clients").statusCode()).isEqualTo(401);
        assertThat(emulator.account(USERNAME)).isEmpty();
        assertThat(control.get("accounts").body()).isEqualTo("[]");
    }

    @Test
    void stats_count_requests_per_method_and_path() {
        http.get("clients");
        http.get("clients/");
        http.postJson("clients", "{}");
        http.get("clients/1?x=y");
        new RawHttp(emulator.baseUrl()).get("products");

        HttpResponse<String> stats = control.get("stats");

        assertThat(stats.body())
                .isEqualTo("{\"total\":5,\"requests\":{\"GET clients\":2,\"GET clients/1\":1,"
                        + "\"GET products\":1,\"POST clients\":1}}");
        assertThat(emulator.stats().count("GET", "clients")).isEqualTo(2);
        assertThat(control.delete("stats").statusCode()).isEqualTo(204);
        assertThat(emulator.stats().total()).isZero();
    }

    @Test
    void demo_endpoint_loads_the_demo_account() {
        HttpResponse<String> loaded = control.postJson("demo", "");

        assertThat(loaded.statusCode()).isEqualTo(201);
        assertThat(loaded.body()).startsWith("{\"username\":\"demo\"");
        RawHttp demo = new RawHttp(emulator.baseUrl()).as("demo", "demo-api-key");
        assertThat(Json.ids(demo.get("clients").body(), "clientnr")).hasSize(10);
    }

    @Test
    void seed_adds_synthetic_clients_and_products_to_an_account() {
        HttpResponse<String> seeded =
                control.postJson("seed", "{\"username\":\"" + USERNAME + "\",\"clients\":250,\"products\":30}");

        assertThat(seeded.statusCode()).isEqualTo(201);
        EmulatedAccount account = emulator.account(USERNAME).orElseThrow();
        assertThat(account.count("clients")).isEqualTo(250);
        assertThat(account.count("products")).isEqualTo(30);
        assertThat(http.get("clients/250").body()).contains("\"company\":\"Bedrijf 250 B.V.\"");
        assertThat(http.get("products?count=-1").body()).contains("\"code\":\"P00030\"");
        assertThat(control.postJson("seed", "{\"username\":\"niemand\",\"clients\":1}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(control.postJson("seed", "{\"username\":\"" + USERNAME + "\",\"clients\":-1}")
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void drafts_lists_every_draft_with_the_time_it_was_stored() {
        http.postJson("clients", "{\"company\":\"Bakkerij\",\"sendmethod\":\"email\"}");
        long before = System.currentTimeMillis();
        HttpResponse<String> saved = http.postJson(
                "invoices",
                "{\"clientnr\":1,\"action\":\"save\","
                        + "\"savename\":\"WB 17\",\"lines\":[{\"amount\":1,\"description\":\"Werk\",\"price\":\"10\","
                        + "\"tax_rate\":21}]}");
        long after = System.currentTimeMillis();

        tools.jackson.databind.JsonNode drafts =
                Json.parse(control.get("drafts").body());

        assertThat(saved.statusCode()).isEqualTo(201);
        assertThat(drafts).hasSize(1);
        assertThat(drafts.get(0).path("username").asString()).isEqualTo(USERNAME);
        assertThat(drafts.get(0).path("name").asString()).isEqualTo("WB 17");
        assertThat(drafts.get(0).path("id").asLong()).isEqualTo(Long.parseLong(saved.body()));
        assertThat(drafts.get(0).path("savedAt").asLong()).isBetween(before, after);
    }

    @Test
    void quirks_switch_the_bogus_id_behaviour() {
        assertThat(control.postJson("quirks", "{\"bogusIdReturnsList\":true}").body())
                .isEqualTo("{\"bogusIdReturnsList\":true}");
        assertThat(http.get("invoices/bogus").statusCode()).isEqualTo(200);
        control.postJson("quirks", "{\"bogusIdReturnsList\":false}");
        assertThat(http.get("invoices/bogus").statusCode()).isEqualTo(404);
    }

    @Test
    void unknown_control_path_is_404() {
        assertThat(control.get("nothing").statusCode()).isEqualTo(404);
        assertThat(control.get("accounts/extra").statusCode()).isEqualTo(404);
    }
}
