package nl.simon.benchmarks;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** The FactuurSturen emulator as its own process (its standalone jar), the way FS is another machine. */
final class Emulator extends JavaProcess {
    private final Http control;

    private Emulator(int port) throws IOException {
        super(
                "emulator",
                List.of("-Xmx3g", "-XX:+UseParallelGC"),
                Jars.emulator(),
                List.of("--port", String.valueOf(port)),
                Map.of(),
                port);
        this.control = Http.at("http://127.0.0.1:" + port + "/_emulator/");
    }

    static Emulator start() throws IOException {
        Emulator emulator = new Emulator(freePort());
        emulator.awaitUp(
                Duration.ofSeconds(60), () -> emulator.control.get("stats").status() == 200);
        return emulator;
    }

    String api() {
        return "http://127.0.0.1:" + port() + "/api/v1/";
    }

    /** An account with a quota that never runs out during a benchmark, seeded with synthetic rows. */
    void account(String username, String apiKey, int clients, int products) {
        control.expect(
                201,
                "POST",
                "accounts",
                "{\"username\": %s, \"apiKey\": %s, \"hourlyLimit\": 100000000}"
                        .formatted(Http.quoted(username), Http.quoted(apiKey)));
        if (clients > 0 || products > 0) {
            control.expect(
                    201,
                    "POST",
                    "seed",
                    "{\"username\": %s, \"clients\": %d, \"products\": %d}"
                            .formatted(Http.quoted(username), clients, products));
        }
    }

    /** Adds a product through the FS API itself (a product with a chosen code, e.g. 0002 Werktijd). */
    void product(String username, String apiKey, String code, String name, String price) {
        Http.at(api())
                .basic(username, apiKey)
                .expect(
                        201,
                        "POST",
                        "products",
                        "{\"code\": %s, \"name\": %s, \"price\": %s, \"taxes\": \"21\"}"
                                .formatted(Http.quoted(code), Http.quoted(name), Http.quoted(price)));
    }

    /** From now on FS answers {@code method path…} {@code ms} late (until {@link #clearFaults()}). */
    void delay(String method, String path, long ms) {
        control.expect(
                201,
                "POST",
                "faults",
                "{\"path\": %s, \"method\": %s, \"status\": 0, \"times\": -1,"
                                .formatted(Http.quoted(path), Http.quoted(method))
                        + " \"delayMs\": %d}".formatted(ms));
    }

    void clearFaults() {
        control.expect(204, "DELETE", "faults", null);
    }

    long requests() {
        return control.expect(200, "GET", "stats", null).get("total").asLong();
    }

    /** Every draft of every account, with the moment it was stored (epoch ms). */
    JsonNode drafts() {
        return control.expect(200, "GET", "drafts", null);
    }
}
