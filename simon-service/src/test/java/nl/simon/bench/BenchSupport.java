package nl.simon.bench;

import ch.qos.logback.classic.Level;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.simon.app.SimonApplication;
import nl.simon.testing.Api;
import org.awaitility.Awaitility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the benchmarks share: the emulator as a separate process (its standalone jar), the service
 * booted in this JVM on an embedded PostgreSQL, {@code key=value} arguments and the table of figures.
 */
final class BenchSupport {
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final JsonMapper JSON = JsonMapper.builder().build();

    private BenchSupport() {
    }

    /** The emulator process and the port it listens on. */
    record Emulator(Process process, int port) {
        /** Starts the standalone jar with {@code -Xmx1g} on a free port; call {@link #awaitUp()} next. */
        static Emulator start() throws IOException {
            int port = freePort();
            Process process = new ProcessBuilder("java", "-Xmx1g", "-jar", standaloneJar().toString(), "--port",
                    String.valueOf(port)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return new Emulator(process, port);
        }

        /** {@code http://127.0.0.1:<port>/_emulator/} */
        String control() {
            return "http://127.0.0.1:" + port + "/_emulator/";
        }

        /** {@code http://127.0.0.1:<port>/api/v1/} */
        String api() {
            return "http://127.0.0.1:" + port + "/api/v1/";
        }

        void awaitUp() {
            Awaitility.await("emulator up").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                    .ignoreExceptions().until(() -> HTTP.send(HttpRequest.newBuilder(URI.create(control() + "stats"))
                            .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
        }

        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /**
     * Boots the service in this JVM on {@code postgres}. {@code extraArgs} are more command-line
     * arguments ({@code --name=value}); they win over application.yml, as the ones here do.
     */
    static ConfigurableApplicationContext start(EmbeddedPostgres postgres, List<Class<?>> extraSources,
            List<String> extraArgs) {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        List<String> args = new ArrayList<>(List.of("--server.port=0",
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--simon.secrets.key=" + Base64.getEncoder().encodeToString(key),
                "--simon.factuursturen.allowed-hosts=127.0.0.1",
                "--spring.main.banner-mode=off",
                "--spring.main.log-startup-info=false",
                "--logging.level.root=WARN",
                "--logging.level.org.springframework.security=WARN",
                "--logging.level.org.springdoc=ERROR"));
        args.addAll(extraArgs);
        List<Class<?>> sources = new ArrayList<>(List.of(SimonApplication.class));
        sources.addAll(extraSources);
        return new SpringApplicationBuilder(sources.toArray(Class<?>[]::new)).run(args.toArray(String[]::new));
    }

    static int port(ConfigurableApplicationContext app) {
        return Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    }

    /** Before Spring configures logging, logback's default prints everything at DEBUG (zonky's start). */
    static void quietLogging() {
        Logger root = LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        if (root instanceof ch.qos.logback.classic.Logger logback) {
            logback.setLevel(Level.WARN);
        }
    }

    private static Path standaloneJar() throws IOException {
        Path target = Path.of("factuursturen-emulator/target");
        if (!Files.isDirectory(target)) {
            target = Path.of("../factuursturen-emulator/target");
        }
        try (var files = Files.list(target)) {
            return files.filter(f -> f.getFileName().toString().endsWith("-standalone.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            "build the emulator first: ./mvnw -pl factuursturen-emulator package -DskipTests"));
        }
    }

    /** All FS API requests the emulator counted since it started ({@code control} = {@link Emulator#control()}). */
    static long fsRequests(String control) throws IOException, InterruptedException {
        return JSON.readTree(get(control + "stats")).get("total").asLong();
    }

    static String get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** POSTs JSON (with HTTP Basic when {@code basic} is not null); fails on a status of 300 or more. */
    static String post(String url, String json, String basic) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (basic != null) {
            request.header("Authorization", basic);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(url + " -> " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    static String post(String url, String json) throws IOException, InterruptedException {
        return post(url, json, null);
    }

    static Api.Response expect(Api.Response response, int status) {
        if (response.status() != status) {
            throw new IllegalStateException("expected " + status + " but was " + response);
        }
        return response;
    }

    static long count(Connection db, String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** {@code key=value} arguments; {@code usage} says which, when one is not. */
    static Map<String, String> options(List<String> args, String usage) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("arguments are key=value (" + usage + "), not " + arg);
            }
            options.put(arg.substring(0, eq).strip(), arg.substring(eq + 1).strip());
        }
        return options;
    }

    static long millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The closing table: what, figure, goal, and whether the goal was met. */
    static final class Table {
        private final List<String[]> rows = new ArrayList<>();

        void add(String what, String figure, String goal, Boolean met) {
            rows.add(new String[] {what, figure, goal, met == null ? "" : met ? "met" : "MISSED"});
        }

        void print() {
            List<String[]> all = new ArrayList<>();
            all.add(new String[] {"what", "figure", "goal", ""});
            all.addAll(rows);
            int[] widths = new int[4];
            for (String[] row : all) {
                for (int i = 0; i < 4; i++) {
                    widths[i] = Math.max(widths[i], row[i].length());
                }
            }
            String format = "%-" + widths[0] + "s | %" + widths[1] + "s | %-" + widths[2] + "s | %s%n";
            System.out.println();
            for (String[] row : all) {
                System.out.printf(format, (Object[]) row);
            }
        }
    }
}
