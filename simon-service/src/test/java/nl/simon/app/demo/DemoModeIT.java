package nl.simon.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import nl.simon.app.SimonApplication;
import nl.simon.factuursturen.client.ClientSettings;
import nl.simon.factuursturen.client.Credentials;
import nl.simon.factuursturen.client.FactuurSturenClient;
import nl.simon.factuursturen.emulator.FactuurSturenEmulator;
import nl.simon.factuursturen.emulator.Fault;
import nl.simon.testing.Api;
import nl.simon.testing.WebSession;
import nl.simon.testing.Wizard;
import org.awaitility.Awaitility;
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
    void demo_mode_starts_with_the_demo_user_and_keeps_its_data_across_a_restart(@TempDir Path dir) throws IOException {
        Path data = dir.resolve("data/postgres");
        int dbPort = freePort();
        long firstWorkOrder;
        try (ConfigurableApplicationContext first = start(data, dbPort)) {
            Api api = Api.at(port(first), "admin@demo.nl", "demo");
            assertThat(Api.anonymous(port(first)).get("/actuator/health").body())
                    .isEqualTo("{\"status\":\"UP\"}");
            assertThat(api.get("/api/customers").json()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(api.get("/api/items").json()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(api.get("/api/work-orders").json())
                    .extracting(n -> n.get("status").asString())
                    .contains("OPEN", "PLANNED", "COMPLETED");
            assertThat(Api.at(port(first), "kantoor@demo.nl", "demo")
                            .get("/api/work-orders")
                            .status())
                    .isEqualTo(200);
            assertDemoFactuurSturenAccount(first.getBean(FactuurSturenEmulator.class));
            firstWorkOrder = api.post("/api/work-orders", "{\"description\": \"Gemaakt voor de herstart\"}")
                    .id();
            assertOnlyTheEmulatorMayBeConnected(api, dbPort);
            assertTheDatabaseTakesOnlyItsPassword(data, dbPort);
        }
        assertThat(Files.list(data).count()).isPositive();

        try (ConfigurableApplicationContext second = start(data, dbPort)) {
            Api api = Api.at(port(second), "admin@demo.nl", "demo");
            assertThat(api.get("/api/work-orders/" + firstWorkOrder).text("description"))
                    .isEqualTo("Gemaakt voor de herstart");
            assertThat(api.get("/api/work-orders").json()).hasSize(4);
            assertTheDatabaseTakesOnlyItsPassword(data, dbPort);
        }
    }

    /** Issue 14: demo mode connects only to its own emulator's address, no other loopback port or path. */
    private static void assertOnlyTheEmulatorMayBeConnected(Api api, int dbPort) {
        for (String address : new String[] {
            "http://127.0.0.1:" + dbPort + "/api/v1/",
            "http://localhost:1/api/v1/",
            "http://127.0.0.1:8081/_emulator/#/api/v1/"
        }) {
            Api.Response refused = api.post(
                    "/api/integration/connect",
                    "{\"username\": \"demo\", \"apiKey\": \"demo-api-key\", \"baseUrl\": \"%s\"}".formatted(address));
            assertThat(refused.status()).as(address + " " + refused.body()).isEqualTo(400);
            assertThat(refused.text("field")).isEqualTo("baseUrl");
        }
    }

    /** Issue 14: the embedded PostgreSQL takes the password kept next to its folder, and nothing else. */
    private static void assertTheDatabaseTakesOnlyItsPassword(Path data, int dbPort) throws IOException {
        String url = "jdbc:postgresql://localhost:" + dbPort + "/postgres";
        Path passwordFile = data.resolveSibling("postgres.password");
        assertThat(Files.getPosixFilePermissions(passwordFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        String password = Files.readString(passwordFile).strip();
        for (String wrong : new String[] {"", "postgres", "demo"}) {
            assertThatThrownBy(() ->
                            DriverManager.getConnection(url, "postgres", wrong).close())
                    .as(wrong)
                    .isInstanceOf(SQLException.class);
        }
        try (Connection connection = DriverManager.getConnection(url, "postgres", password)) {
            assertThat(connection.isValid(5)).isTrue();
        } catch (SQLException e) {
            throw new AssertionError("the kept password does not open the demo database", e);
        }
    }

    @Test
    void the_demo_integration_connects_to_the_built_in_emulator_and_imports_wb_quotations_once_across_a_restart(
            @TempDir Path dir) throws IOException {
        Path data = dir.resolve("data/postgres");
        int dbPort = freePort();
        int emulatorPort = freePort();
        try (ConfigurableApplicationContext first = start(data, dbPort, emulatorPort)) {
            Api api = Api.at(port(first), "admin@demo.nl", "demo");
            api.post("/api/integration/wipe", Wizard.ALL_TABLES);
            assertThat(api.post("/api/integration/connect", "{\"username\": \"demo\", \"apiKey\": \"demo-api-key\"}")
                            .status())
                    .isEqualTo(200);
            api.send(
                    "PUT",
                    "/api/integration/settings",
                    "application/json",
                    Wizard.SETTINGS
                            .replace("\"quotationsToWorkOrders\": false", "\"quotationsToWorkOrders\": true")
                            .replace("\"quotationFilterWord\": null", "\"quotationFilterWord\": \"WB\""));
            assertThat(api.post("/api/integration/activate", "{\"acceptTerms\": true}")
                            .status())
                    .isEqualTo(200);
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> fromQuotations(api) == 2);
        }
        try (ConfigurableApplicationContext second = start(data, dbPort, emulatorPort)) {
            Api api = Api.at(port(second), "admin@demo.nl", "demo");
            String before = api.get("/api/integration").text("lastSyncAt");
            api.post("/api/integration/sync");
            Awaitility.await()
                    .atMost(Duration.ofSeconds(60))
                    .until(() -> !java.util.Objects.equals(
                            before, api.get("/api/integration").text("lastSyncAt")));
            assertThat(fromQuotations(api)).isEqualTo(2);
            assertSuspensionMailShownNotSent(second, api);
        }
    }

    /** Issue 16: demo mode sends no e-mail to the admins but shows it on /demo/mails. */
    private static void assertSuspensionMailShownNotSent(ConfigurableApplicationContext demo, Api api) {
        FactuurSturenEmulator emulator = demo.getBean(FactuurSturenEmulator.class);
        emulator.addFault(new Fault("", null, 401, -1, false, 0));
        api.post("/api/integration/sync");
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> "UNAUTHORIZED".equals(api.get("/api/integration").text("suspendedReason")));
        emulator.clearFaults();
        WebSession admin = WebSession.login(port(demo), "admin@demo.nl", "demo");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            String page = admin.page("/demo/mails");
            return page.contains("admin@demo.nl") && page.contains("met FactuurSturen is stilgezet");
        });
        assertThat(admin.page("/demo/mails")).contains("/integration/wizard");
    }

    private static long fromQuotations(Api api) {
        return api.get("/api/work-orders")
                .json()
                .valueStream()
                .filter(w -> !api.get("/api/work-orders/" + w.get("id").asLong())
                        .json()
                        .get("quotationReference")
                        .isNull())
                .count();
    }

    private static ConfigurableApplicationContext start(Path data, int dbPort) {
        return start(data, dbPort, 0);
    }

    private static ConfigurableApplicationContext start(Path data, int dbPort, int emulatorPort) {
        long started = System.nanoTime();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(SimonApplication.class)
                .profiles("demo")
                .run(
                        "--server.port=0",
                        "--simon.demo.data-dir=" + data,
                        "--simon.demo.db-port=" + dbPort,
                        "--simon.demo.emulator-port=" + emulatorPort,
                        "--simon.demo.secrets-file=" + data.resolveSibling("secrets.key"));
        System.out.printf("demo mode started in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        return context;
    }

    /** docs/contracts.md §1: the demo FS account with the three products the settings suggest and "WB" quotations. */
    private static void assertDemoFactuurSturenAccount(FactuurSturenEmulator emulator) {
        FactuurSturenClient client = new FactuurSturenClient(
                ClientSettings.of(URI.create(emulator.baseUrl()), new Credentials("demo", "demo-api-key")));
        client.verifyCredentials();
        assertThat(client.productByCode("0001"))
                .hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Reistijd"));
        assertThat(client.productByCode("0002"))
                .hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Werktijd"));
        assertThat(client.productByCode("0003"))
                .hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Voorrijkosten"));
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
