package nl.simon.integration.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import nl.simon.app.SimonApplication;
import nl.simon.factuursturen.emulator.EmulatedAccount;
import nl.simon.factuursturen.emulator.FactuurSturenEmulator;
import nl.simon.factuursturen.emulator.Fault;
import nl.simon.tenant.CreateTenant;
import nl.simon.testing.Api;
import nl.simon.testing.RestartablePostgres;
import nl.simon.testing.Wizard;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * PostgreSQL stops under a running service (its own server, restarted on the same port and data): a
 * valid login answers 503 with Retry-After, not 401, and so does a call that needs the database after
 * its login (the operator's, by token), not 500; a push whose result could not be written while
 * the database was down goes within about a minute after it is back, exactly once. The service runs
 * with the production heartbeat settings.
 */
class DatabaseOutageIT {
    static final String DATABASE = "outage";
    static final String PASSWORD = "wachtwoord";
    static final String OPERATOR_TOKEN = "operator-token-for-the-outage-test";

    static RestartablePostgres postgres;
    static FactuurSturenEmulator emulator;
    static ConfigurableApplicationContext service;

    @BeforeAll
    static void start() {
        postgres = RestartablePostgres.startWithDatabase(DATABASE);
        emulator = FactuurSturenEmulator.start(0);
        service = new SpringApplicationBuilder(SimonApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + postgres.jdbcUrl(DATABASE),
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=postgres",
                        // a request waits this long for a connection while the database is down (production: 10 s)
                        "--spring.datasource.hikari.connection-timeout=2000",
                        "--spring.flyway.enabled=false",
                        "--simon.secrets.key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
                        "--simon.factuursturen.allowed-hosts=127.0.0.1",
                        "--simon.factuursturen.read-timeout=60s",
                        "--simon.operator.token=" + OPERATOR_TOKEN);
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
        if (emulator != null) {
            emulator.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void a_valid_login_answers_503_with_retry_after_while_postgres_is_down_and_works_again_after() {
        Api admin = admin("down");
        assertThat(admin.get("/api/work-orders").status()).isEqualTo(200);
        postgres.stop();
        try {
            Api.Response dutch = admin.get("/api/work-orders");
            assertThat(dutch.status()).as(dutch.toString()).isEqualTo(503);
            assertThat(dutch.text("error")).isEqualTo("database_unavailable");
            assertThat(dutch.text("message")).contains("database").contains("opnieuw");
            assertThat(dutch.raw().headers().firstValue("Retry-After")).hasValue("30");

            Api.Response english = admin.inLanguage("en").post("/api/work-orders/1/archive");
            assertThat(english.status()).as(english.toString()).isEqualTo(503);
            assertThat(english.text("message")).contains("database").contains("Try again");

            assertThat(Api.at(port(), "admin@down.nl", "wrong password")
                            .get("/api/work-orders")
                            .status())
                    .as("an unknown password cannot be checked either: never 401 while the database is down")
                    .isEqualTo(503);

            Api.Response operator = Api.operator(port(), OPERATOR_TOKEN)
                    .post(
                            "/api/operator/tenants",
                            "{\"name\": \"Nieuw bedrijf\", \"adminEmail\": \"kantoor@nieuw.nl\","
                                    + " \"adminPassword\": \"een lang wachtwoord 123\"}");
            assertThat(operator.status())
                    .as("a call that passed its login and then needs the database: " + operator)
                    .isEqualTo(503);
            assertThat(operator.text("error")).isEqualTo("database_unavailable");
            assertThat(operator.raw().headers().firstValue("Retry-After")).hasValue("30");
        } finally {
            postgres.start();
        }
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> admin.get("/api/work-orders").status() == 200);
        assertThat(Api.at(port(), "admin@down.nl", "wrong password")
                        .get("/api/work-orders")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void a_push_whose_result_could_not_be_written_during_an_outage_goes_within_a_minute_after_exactly_once() {
        Api admin = admin("outage");
        EmulatedAccount account = emulator.createAccount("outage", "outage-key", 100_000);
        String clientnr = account.create("clients", Map.of("company", "Bakkerij Jansen"));
        Wizard wizard = new Wizard(admin, emulator.baseUrl(), "outage", "outage-key");
        wizard.activate();
        wizard.awaitImport();
        long workOrder = completedWorkOrder(admin, clientnr);
        // FS stores the draft at once and answers after 6 s: the database is down by then
        emulator.addFault(new Fault("invoices", "POST", 0, 1, true, 6_000));
        JdbcClient jdbc = JdbcClient.create(postgres.dataSource(DATABASE));

        assertThat(admin.post("/api/work-orders/" + workOrder + "/archive").status())
                .isEqualTo(200);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> account.count("invoices_saved") == 1);
        long restarted;
        postgres.stop();
        try {
            Awaitility.await()
                    .pollDelay(Duration.ofSeconds(20))
                    .atMost(Duration.ofSeconds(21))
                    .until(() -> true);
        } finally {
            postgres.start();
            restarted = System.nanoTime();
        }
        assertThat(state(jdbc, workOrder))
                .as("the answer could not be written while the database was down")
                .isEqualTo("QUEUED");

        Awaitility.await()
                .atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> "SENT".equals(state(jdbc, workOrder)));
        Duration delay = Duration.ofNanos(System.nanoTime() - restarted);
        System.out.printf(
                "push after the PostgreSQL outage went %.1f s after the restart%n", delay.toMillis() / 1000.0);
        assertThat(delay).isLessThan(Duration.ofSeconds(90));
        assertThat(account.count("invoices_saved")).isEqualTo(1);
        assertThat(emulator.stats().count("POST", "invoices")).isEqualTo(1);
    }

    private static String state(JdbcClient jdbc, long workOrder) {
        return jdbc.sql("SELECT invoice_sync_state FROM work_order WHERE id = :id")
                .param("id", workOrder)
                .query(String.class)
                .single();
    }

    private static Api admin(String name) {
        service.getBean(CreateTenant.class).create(name, "admin@" + name + ".nl", PASSWORD);
        return Api.at(port(), "admin@" + name + ".nl", PASSWORD);
    }

    private static long completedWorkOrder(Api admin, String clientnr) {
        long customer = admin.customerWithFsNumber(clientnr);
        long id = admin.post("/api/work-orders", "{\"customerId\": %d, \"description\": \"Werk\"}".formatted(customer))
                .id();
        admin.post("/api/work-orders/" + id + "/timesheets", "{\"employee\": \"Pieter\", \"workMinutes\": 60}");
        admin.post("/api/work-orders/" + id + "/complete");
        return id;
    }

    private static int port() {
        return Integer.parseInt(service.getEnvironment().getProperty("local.server.port"));
    }
}
