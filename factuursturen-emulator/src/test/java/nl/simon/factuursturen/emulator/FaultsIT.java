package nl.simon.factuursturen.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Injected faults (docs/contracts.md §3: path, method, status, times, afterCommit, delayMs). */
class FaultsIT extends AgainstEmulator {

    private static final String DRAFT = "{\"clientnr\":1,\"action\":\"save\",\"savename\":\"WO-1\"}";

    @BeforeEach
    void oneClient() {
        http.postJson("clients", "{\"company\":\"Bakkerij\"}");
    }

    @Test
    void failing_fault_answers_its_status_and_changes_nothing() {
        emulator.addFault(Fault.failing("POST", "invoices", 500));

        HttpResponse<String> failed = http.postJson("invoices", DRAFT);

        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(failed.body()).isEqualTo("Emulated fault: 500");
        assertThat(failed.headers().firstValue("X-RateLimit-Remaining")).isPresent();
        assertThat(http.get("invoices_saved").body()).isEqualTo("[]");
        assertThat(http.postJson("invoices", DRAFT).statusCode()).isEqualTo(201);
    }

    @Test
    void after_commit_fault_stores_the_change_but_loses_the_answer() {
        emulator.addFault(Fault.lostResponse("POST", "/api/v1/invoices/", 502));

        HttpResponse<String> lost = http.postJson("invoices", DRAFT);

        assertThat(lost.statusCode()).isEqualTo(502);
        assertThat(Json.ids(http.get("invoices_saved").body(), "name")).containsExactly("WO-1");
        assertThat(http.postJson("invoices", DRAFT).body()).isEqualTo("savename already exists");
    }

    @Test
    void fault_matches_its_method_and_every_path_below_its_path() {
        emulator.addFault(Fault.failing("GET", "clients", 503).times(-1));

        assertThat(http.get("clients/1").statusCode()).isEqualTo(503);
        assertThat(http.get("clients").statusCode()).isEqualTo(503);
        assertThat(http.postJson("clients", "{}").statusCode()).isEqualTo(201);
        assertThat(http.get("products").statusCode()).isEqualTo(200);
        emulator.clearFaults();
        assertThat(http.get("clients").statusCode()).isEqualTo(200);
    }

    @Test
    void fault_fires_the_given_number_of_times() {
        emulator.addFault(Fault.failing(null, "clients", 500).times(2));

        assertThat(http.get("clients").statusCode()).isEqualTo(500);
        assertThat(http.postJson("clients", "{}").statusCode()).isEqualTo(500);
        assertThat(http.get("clients").statusCode()).isEqualTo(200);
        assertThat(emulator.faults()).isEmpty();
    }

    @Test
    void delayed_answer_comes_after_the_delay() {
        emulator.addFault(Fault.delayed("GET", "clients", 400));

        long started = System.nanoTime();
        HttpResponse<String> response = http.get("clients");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
    }

    @Test
    void client_that_gives_up_on_a_delayed_post_finds_the_change_stored_afterwards() {
        emulator.addFault(Fault.delayed("POST", "invoices", 800));
        HttpRequest.Builder impatient = http.request("invoices")
                .timeout(Duration.ofMillis(150))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(DRAFT));

        assertThatThrownBy(() -> RawHttp.client().send(impatient.build(), HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(HttpTimeoutException.class);

        assertThat(account.count("invoices_saved")).isZero();
        Awaitility.await()
                .atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(account.count("invoices_saved")).isEqualTo(1));
    }

    @Test
    void after_commit_with_a_delay_stores_at_once_and_answers_late() {
        emulator.addFault(new Fault("invoices", "POST", 0, 1, true, 2_000));
        HttpRequest.Builder impatient = http.request("invoices")
                .timeout(Duration.ofMillis(1_000))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(DRAFT));

        assertThatThrownBy(() -> RawHttp.client().send(impatient.build(), HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(HttpTimeoutException.class);

        assertThat(account.count("invoices_saved")).isEqualTo(1);
    }

    @Test
    void delay_and_status_together_answer_the_failure_late() {
        emulator.addFault(new Fault("clients", "GET", 504, 1, false, 300));

        long started = System.nanoTime();
        assertThat(http.get("clients").statusCode()).isEqualTo(504);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void faults_are_armed_listed_and_cleared_through_the_control_endpoint() {
        RawHttp control = new RawHttp(emulator.controlUrl());

        HttpResponse<String> armed = control.postJson(
                "faults",
                "{\"path\": \"invoices\", \"method\": \"POST\","
                        + " \"status\": 500, \"times\": 1, \"afterCommit\": true, \"delayMs\": 0}");

        assertThat(armed.statusCode()).isEqualTo(201);
        assertThat(control.get("faults").body())
                .isEqualTo("[{\"path\":\"invoices\",\"method\":\"POST\",\"status\":500,"
                        + "\"times\":1,\"afterCommit\":true,\"delayMs\":0}]");
        assertThat(http.postJson("invoices", DRAFT).statusCode()).isEqualTo(500);
        assertThat(account.count("invoices_saved")).isEqualTo(1);
        control.postJson("faults", "{\"path\":\"clients\",\"status\":500,\"times\":-1}");
        assertThat(control.delete("faults").statusCode()).isEqualTo(204);
        assertThat(http.get("clients").statusCode()).isEqualTo(200);
    }

    @Test
    void invalid_fault_is_refused_with_400() {
        RawHttp control = new RawHttp(emulator.controlUrl());

        HttpResponse<String> response = control.postJson("faults", "{\"path\":\"clients\",\"status\":500,\"times\":0}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("times must be positive");
    }
}
