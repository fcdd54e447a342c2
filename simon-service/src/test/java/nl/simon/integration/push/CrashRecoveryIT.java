package nl.simon.integration.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import javax.sql.DataSource;
import nl.simon.factuursturen.emulator.EmulatedAccount;
import nl.simon.factuursturen.emulator.FactuurSturenEmulator;
import nl.simon.factuursturen.emulator.Fault;
import nl.simon.testing.Api;
import nl.simon.testing.ServiceProcess;
import nl.simon.testing.TestDatabase;
import nl.simon.testing.Wizard;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * The service process is killed (SIGKILL) after FactuurSturen stored the draft but before the service
 * recorded the answer; after a restart the push looks the draft up by its name: exactly one draft,
 * within about a minute of the restart with the production heartbeat settings (no overrides here).
 */
class CrashRecoveryIT {
    static final String PASSWORD = "wachtwoord";

    @Test
    void a_crash_after_factuursturen_stored_the_draft_leaves_exactly_one_draft() throws Exception {
        String database = "crash_" + Long.toHexString(System.nanoTime());
        DataSource dataSource = TestDatabase.newDatabase(database);
        JdbcClient jdbc = JdbcClient.create(dataSource);
        try (FactuurSturenEmulator emulator = FactuurSturenEmulator.start(0);
                ServiceProcess service = ServiceProcess.launch(
                        "crash",
                        TestDatabase.postgres().getJdbcUrl("postgres", database),
                        "--simon.factuursturen.read-timeout=60s")) {
            EmulatedAccount account = emulator.createAccount("crash", "crash-key", 100_000);
            String clientnr = account.create("clients", Map.of("company", "Bakkerij Jansen"));
            service.awaitHealthy();
            long workOrder;
            try {
                Api admin = Api.at(service.port(), adminOf(jdbc), PASSWORD);
                Wizard wizard = new Wizard(admin, emulator.baseUrl(), "crash", "crash-key");
                wizard.activate();
                wizard.awaitImport();
                emulator.addFault(new Fault("invoices", "POST", 0, 1, true, 120_000));
                workOrder = completedWorkOrder(admin, clientnr);

                admin.post("/api/work-orders/" + workOrder + "/archive");
                Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> account.count("invoices_saved") == 1);
            } finally {
                service.kill();
            }
            assertThat(jdbc.sql(
                                    "SELECT invoice_sync_state || '/' || push_outcome_unknown FROM work_order WHERE id = :id")
                            .param("id", workOrder)
                            .query(String.class)
                            .single())
                    .isEqualTo("QUEUED/true");

            long restarting = System.nanoTime();
            service.launch();
            service.awaitHealthy();
            long ready = System.nanoTime();
            try {
                Awaitility.await()
                        .atMost(Duration.ofSeconds(180))
                        .pollInterval(Duration.ofMillis(250))
                        .until(() -> "SENT"
                                .equals(jdbc.sql("SELECT invoice_sync_state FROM work_order WHERE id = :id")
                                        .param("id", workOrder)
                                        .query(String.class)
                                        .single()));
                long sent = System.nanoTime();
                System.out.printf(
                        "push after the crash: SENT %.1f s after the restart began (the service took %.1f s"
                                + " to start; SENT %.1f s after it was ready)%n",
                        (sent - restarting) / 1e9, (ready - restarting) / 1e9, (sent - ready) / 1e9);
                // A dead push is revived 30-40 s after the kill as soon as the new scheduler runs (db-scheduler's
                // default meant 30 minutes); the start-up itself varies with the machine's load, so it is not
                // counted against the bound.
                assertThat(Duration.ofNanos(sent - ready))
                        .as("restart to SENT, less the service's start-up")
                        .isLessThan(Duration.ofSeconds(60));
                assertThat(Api.at(service.port(), "admin@crash.nl", PASSWORD)
                                .get("/api/integration/log")
                                .json()
                                .get("rows")
                                .valueStream()
                                .map(row -> row.get("message").asString())
                                .toList())
                        .as("the log says the push was interrupted and resumed")
                        .anyMatch(message -> message.contains("werd onderbroken"));
            } finally {
                service.close();
            }
            assertThat(account.count("invoices_saved")).isEqualTo(1);
            assertThat(emulator.stats().count("POST", "invoices")).isEqualTo(1);
        }
    }

    private static long completedWorkOrder(Api admin, String clientnr) {
        long customer = admin.customerWithFsNumber(clientnr);
        long id = admin.post("/api/work-orders", "{\"customerId\": %d, \"description\": \"Werk\"}".formatted(customer))
                .id();
        admin.post("/api/work-orders/" + id + "/timesheets", "{\"employee\": \"Pieter\", \"workMinutes\": 60}");
        admin.post("/api/work-orders/" + id + "/complete");
        return id;
    }

    /** The service's tables exist once it ran; a tenant and its admin are made directly in the database. */
    private static String adminOf(JdbcClient jdbc) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        long tenant = jdbc.sql("INSERT INTO tenant (name, created_at) VALUES ('crash', :now) RETURNING id")
                .param("now", now)
                .query(Long.class)
                .single();
        String hash = "{argon2}"
                + Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode(PASSWORD);
        jdbc.sql("INSERT INTO office_user (tenant_id, email, password_hash, role, created_at)"
                        + " VALUES (:tenant, 'admin@crash.nl', :hash, 'ADMIN', :now)")
                .param("tenant", tenant)
                .param("hash", hash)
                .param("now", now)
                .update();
        return "admin@crash.nl";
    }
}
