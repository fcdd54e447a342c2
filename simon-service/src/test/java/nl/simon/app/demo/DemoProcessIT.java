package nl.simon.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.simon.testing.Api;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Demo mode as people start it, {@code java -jar target/simon-service.jar --spring.profiles.active=demo} in a
 * folder of their own (issue 12, items 11–14): two demos in two folders each run on their own database;
 * health says UP only when the demo user can log in; a demo killed with {@code kill -9} restarts cleanly on
 * its own data (its orphaned PostgreSQL stopped) and its FactuurSturen emulator still has its drafts; a second
 * demo in a folder where one runs is refused; a foreign
 * server on the configured database port is never used; without a database the jar says in one line what to do.
 * One process start serves several assertions: processes are slow on a small machine.
 */
class DemoProcessIT {
    private static final Path JAR = Path.of("target", "simon-service.jar").toAbsolutePath();
    private static final Duration START = Duration.ofMinutes(4);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopAll() throws InterruptedException {
        for (Process process : started) {
            process.destroy();
        }
        for (Process process : started) {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    @Test
    void two_demos_in_two_folders_use_their_own_databases_and_a_killed_one_restarts_on_its_own_data(@TempDir Path dir)
            throws Exception {
        Path first = Files.createDirectories(dir.resolve("eerste"));
        Path second = Files.createDirectories(dir.resolve("tweede"));
        Demo a = Demo.start(this, first);
        Demo b = Demo.start(this, second);
        a.awaitServing();
        b.awaitServing();

        long inA = a.admin()
                .post("/api/work-orders", "{\"description\": \"Alleen in de eerste\"}")
                .id();
        long inB = b.admin()
                .post("/api/work-orders", "{\"description\": \"Alleen in de tweede\"}")
                .id();
        assertThat(descriptions(a)).contains("Alleen in de eerste").doesNotContain("Alleen in de tweede");
        assertThat(descriptions(b)).contains("Alleen in de tweede").doesNotContain("Alleen in de eerste");
        assertThat(Files.readAllLines(postmasterPid(first)).get(1))
                .isNotEqualTo(Files.readAllLines(postmasterPid(second)).get(1));
        assertThat(b.fs(
                                "POST",
                                "invoices",
                                "{\"clientnr\": 1, \"action\": \"save\", \"savename\": \"Bewaard 1\","
                                        + " \"lines\": [{\"amount\": \"1\", \"description\": \"0002 Werktijd\", \"price\": \"62.50\","
                                        + " \"tax_rate\": \"21\"}]}")
                        .statusCode())
                .isEqualTo(201);

        Demo sameFolder = Demo.start(this, first);
        assertThat(sameFolder.process.waitFor(START.toSeconds(), TimeUnit.SECONDS))
                .isTrue();
        assertThat(sameFolder.output()).contains("another Simon demo is running with its data in");
        assertThat(a.admin().get("/api/work-orders/" + inA).status())
                .as("the running demo is left alone")
                .isEqualTo(200);

        long orphan =
                Long.parseLong(Files.readAllLines(postmasterPid(second)).get(0).strip());
        b.process.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive))
                .as("kill -9 leaves PostgreSQL running")
                .contains(true);

        Demo again = Demo.start(this, second);
        again.awaitServing();
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false))
                .as("the orphaned PostgreSQL of this folder was stopped")
                .isFalse();
        assertThat(again.admin().get("/api/work-orders/" + inB).text("description"))
                .isEqualTo("Alleen in de tweede");
        assertThat(descriptions(again)).doesNotContain("Alleen in de eerste");
        assertThat(again.fs("GET", "invoices_saved", null).body())
                .as("the emulator kept its draft")
                .contains("\"Bewaard 1\"");
        assertThat(a.admin().get("/api/work-orders/" + inA).status()).isEqualTo(200);
    }

    @Test
    void a_foreign_database_on_the_configured_port_is_never_used(@TempDir Path dir) throws Exception {
        try (EmbeddedPostgres foreign = EmbeddedPostgres.builder().start()) {
            Demo demo = Demo.start(this, dir, "--simon.demo.db-port=" + foreign.getPort());

            assertThat(demo.process.waitFor(START.toSeconds(), TimeUnit.SECONDS))
                    .as("the demo stops by itself")
                    .isTrue();
            assertThat(demo.process.exitValue()).isNotZero();
            assertThat(demo.output()).contains("port " + foreign.getPort(), "Simon does not use");
            try (Connection connection = foreign.getPostgresDatabase().getConnection();
                    ResultSet tables = connection.getMetaData().getTables(null, null, "flyway_schema_history", null)) {
                assertThat(tables.next())
                        .as("nothing was migrated into the foreign database")
                        .isFalse();
            }
        }
    }

    @Test
    void without_a_database_the_jar_says_in_one_line_what_to_do(@TempDir Path dir) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(java(), "-jar", JAR.toString())
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.log").toFile());
        builder.environment()
                .keySet()
                .removeIf(name -> name.startsWith("DATABASE_URL")
                        || name.startsWith("SPRING_DATASOURCE")
                        || name.startsWith("SPRING_PROFILES"));
        Process process = builder.start();
        started.add(process);
        process.getOutputStream().close();

        assertThat(process.waitFor(START.toSeconds(), TimeUnit.SECONDS)).isTrue();
        String output = Files.readString(dir.resolve("out.log"));
        assertThat(output.strip().lines().toList())
                .as(output)
                .containsExactly(
                        "Simon needs a database: set DATABASE_URL=postgresql://user:password@host:5432/simon (and SIMON_SECRETS_KEY),"
                                + " or add --spring.profiles.active=demo to try it on an embedded database.");
        assertThat(process.exitValue()).isEqualTo(2);
    }

    private static List<String> descriptions(Demo demo) {
        return demo.admin()
                .get("/api/work-orders")
                .json()
                .valueStream()
                .map(w -> w.get("description").asString())
                .toList();
    }

    private static Path postmasterPid(Path folder) {
        return folder.resolve("data/postgres/postmaster.pid");
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One demo process in its own folder, on its own HTTP and emulator ports. */
    private record Demo(Process process, Path folder, int port, int emulatorPort) {

        static Demo start(DemoProcessIT test, Path folder, String... extra) throws IOException {
            int port = freePort();
            int emulatorPort = freePort();
            // the client compiler only: the demo starts sooner; what it does is the same
            List<String> command = new ArrayList<>(List.of(
                    java(),
                    "-Xmx384m",
                    "-XX:TieredStopAtLevel=1",
                    "-jar",
                    JAR.toString(),
                    "--spring.profiles.active=demo"));
            command.addAll(List.of(extra));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(folder.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(
                            folder.resolve("out.log").toFile()));
            builder.environment()
                    .keySet()
                    .removeIf(name -> name.startsWith("DATABASE_URL")
                            || name.startsWith("SPRING_DATASOURCE")
                            || name.startsWith("SPRING_PROFILES"));
            builder.environment().put("SERVER_PORT", Integer.toString(port));
            builder.environment().put("EMULATOR_PORT", Integer.toString(emulatorPort));
            Process process = builder.start();
            test.started.add(process);
            return new Demo(process, folder, port, emulatorPort);
        }

        /**
         * Waits for health UP, and at that very moment the demo user must be able to log in (item 12): a
         * script that waits for health and then logs in never gets a 401.
         */
        void awaitServing() {
            Awaitility.await().atMost(START).pollInterval(Duration.ofMillis(50)).until(() -> {
                assertThat(process.isAlive())
                        .as("demo process ended: %s", output())
                        .isTrue();
                if (!"{\"status\":\"UP\"}".equals(health())) {
                    return false;
                }
                assertThat(admin().get("/api/work-orders").status())
                        .as("login right after health said UP")
                        .isEqualTo(200);
                return true;
            });
        }

        Api admin() {
            return Api.at(port, "admin@demo.nl", "demo");
        }

        String output() {
            try {
                return Files.readString(folder.resolve("out.log"));
            } catch (IOException e) {
                return e.toString();
            }
        }

        private String health() {
            try {
                return HTTP.send(
                                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                                        .timeout(Duration.ofSeconds(5))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body();
            } catch (IOException e) {
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }

        /** A call on the demo FS account in this demo's emulator, as FactuurSturen's own web app would make. */
        HttpResponse<String> fs(String method, String path, String json) throws IOException, InterruptedException {
            String token = Base64.getEncoder().encodeToString("demo:demo-api-key".getBytes(StandardCharsets.UTF_8));
            return HTTP.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + emulatorPort + "/api/v1/" + path))
                            .header("Authorization", "Basic " + token)
                            .header("Content-Type", "application/json")
                            .method(
                                    method,
                                    json == null
                                            ? HttpRequest.BodyPublishers.noBody()
                                            : HttpRequest.BodyPublishers.ofString(json))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
