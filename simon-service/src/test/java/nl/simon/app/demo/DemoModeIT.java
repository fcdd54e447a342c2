package nl.simon.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.simon.app.SimonApplication;
import nl.simon.factuursturen.client.ClientSettings;
import nl.simon.factuursturen.client.Credentials;
import nl.simon.factuursturen.client.FactuurSturenClient;
import nl.simon.factuursturen.emulator.FactuurSturenEmulator;
import nl.simon.testing.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Demo mode as the README starts it: embedded PostgreSQL with its data in a folder, the demo
 * tenant and user, demo data; and after a restart everything a visitor did is still there.
 */
class DemoModeIT {

    @Test
    void demo_mode_starts_with_the_demo_user_and_keeps_its_data_across_a_restart(@TempDir Path dir)
            throws IOException {
        Path data = dir.resolve("data/postgres");
        int dbPort = freePort();
        long firstWorkOrder;
        try (ConfigurableApplicationContext first = start(data, dbPort)) {
            Api api = Api.at(port(first), "admin@demo.nl", "demo");
            assertThat(Api.anonymous(port(first)).get("/actuator/health").body()).isEqualTo("{\"status\":\"UP\"}");
            assertThat(api.get("/api/customers").json()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(api.get("/api/items").json()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(api.get("/api/work-orders").json()).extracting(n -> n.get("status").asString())
                    .contains("OPEN", "PLANNED", "COMPLETED");
            assertThat(Api.at(port(first), "kantoor@demo.nl", "demo").get("/api/work-orders").status()).isEqualTo(200);
            assertDemoFactuurSturenAccount(first.getBean(FactuurSturenEmulator.class));
            firstWorkOrder = api.post("/api/work-orders", "{\"description\": \"Gemaakt voor de herstart\"}").id();
        }
        assertThat(Files.list(data).count()).isPositive();

        try (ConfigurableApplicationContext second = start(data, dbPort)) {
            Api api = Api.at(port(second), "admin@demo.nl", "demo");
            assertThat(api.get("/api/work-orders/" + firstWorkOrder).text("description"))
                    .isEqualTo("Gemaakt voor de herstart");
            assertThat(api.get("/api/work-orders").json()).hasSize(4);
        }
    }

    private static ConfigurableApplicationContext start(Path data, int dbPort) {
        long started = System.nanoTime();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(SimonApplication.class)
                .profiles("demo")
                .run("--server.port=0", "--simon.demo.data-dir=" + data, "--simon.demo.db-port=" + dbPort,
                        "--simon.demo.emulator-port=0", "--simon.demo.secrets-file=" + data.resolveSibling("secrets.key"));
        System.out.printf("demo mode started in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        return context;
    }

    /** CONTRACTS.md §1: the demo FS account with the three products the settings suggest and "WB" quotations. */
    private static void assertDemoFactuurSturenAccount(FactuurSturenEmulator emulator) {
        FactuurSturenClient client = new FactuurSturenClient(ClientSettings.of(URI.create(emulator.baseUrl()),
                new Credentials("demo", "demo-api-key")));
        client.verifyCredentials();
        assertThat(client.productByCode("0001")).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Reistijd"));
        assertThat(client.productByCode("0002")).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Werktijd"));
        assertThat(client.productByCode("0003")).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Voorrijkosten"));
        assertThat(client.clients().count()).isGreaterThanOrEqualTo(5);
        assertThat(client.quotations().map(q -> q.savename() + " " + q.quotationReference() + " " + q.notes()))
                .anySatisfy(text -> assertThat(text).contains("WB"));
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
