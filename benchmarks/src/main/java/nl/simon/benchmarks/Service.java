package nl.simon.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One instance of the service as production runs it: {@code java -jar simon-service.jar} without the
 * demo profile, configured by environment (DATABASE_URL-style datasource, secrets key, operator token),
 * with a fixed heap and a GC log from which the heap's peak is read.
 */
final class Service extends JavaProcess {
    static final String OPERATOR_TOKEN = randomKey();
    private static final String SECRETS_KEY = randomKey();
    private static final Pattern GC = Pattern.compile("^\\[(\\d+)ms].*?(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    private final Path gcLog;
    private final Http http;

    private Service(String name, List<String> jvm, List<String> args, Map<String, String> env, int port, Path gcLog)
            throws IOException {
        super(name, jvm, Jars.service(), args, env, port);
        this.gcLog = gcLog;
        this.http = Http.at("http://127.0.0.1:" + port);
    }

    /**
     * Starts an instance on {@code jdbcUrl} and waits for {@code /actuator/health}. {@code properties} are
     * more {@code --name=value} settings (e.g. the sync interval).
     */
    static Service start(String name, String jdbcUrl, Options options, Map<String, String> properties)
            throws IOException {
        String heap = options.text("service_heap");
        int port = freePort();
        Path logs = Jars.root().resolve("benchmarks/target/logs").toAbsolutePath();
        Files.createDirectories(logs);
        Path gcLog = logs.resolve(name + "-gc.log");
        Files.deleteIfExists(gcLog);
        List<String> jvm = new ArrayList<>(List.of("-Xmx" + heap, "-Xlog:gc:file=" + gcLog + ":uptimemillis"));
        if (options.on("jfr")) {
            // profiling: a flight recording per instance, written when it stops
            jvm.add("-XX:StartFlightRecording=filename=" + logs.resolve(name + ".jfr")
                    + ",settings=profile,dumponexit=true");
        }
        Map<String, String> env = new HashMap<>();
        env.put("SPRING_DATASOURCE_URL", jdbcUrl);
        env.put("SPRING_DATASOURCE_USERNAME", "postgres");
        env.put("SPRING_DATASOURCE_PASSWORD", "postgres");
        env.put("SIMON_SECRETS_KEY", SECRETS_KEY);
        env.put("SIMON_OPERATOR_TOKEN", OPERATOR_TOKEN);
        env.put("SERVER_PORT", String.valueOf(port));
        env.put("SCHEDULER_THREADS", options.text("scheduler_threads"));
        env.put("DB_POOL_SIZE", options.text("db_pool"));
        List<String> args = new ArrayList<>(List.of(
                "--simon.factuursturen.allowed-hosts=127.0.0.1",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN"));
        properties.forEach((key, value) -> args.add("--" + key + "=" + value));
        Service service = new Service(name, jvm, args, env, port, gcLog);
        service.awaitUp(
                Duration.ofMinutes(3),
                () -> service.http.get("/actuator/health").body().contains("\"UP\""));
        return service;
    }

    Http http() {
        return http;
    }

    Http operator() {
        return http.bearer(OPERATOR_TOKEN);
    }

    /** The Prometheus text the instance serves now. */
    String prometheus() {
        Http.Response response = http.send("GET", "/actuator/prometheus", null, "text/plain");
        if (response.status() != 200) {
            throw new IllegalStateException(name() + ": /actuator/prometheus answered " + response.status());
        }
        return response.body();
    }

    /**
     * The heap between {@code from} and {@code to}, from the GC log: the most in use just before a
     * collection (the peak) and the most still in use right after one (live data plus what survived).
     */
    Heap heap(Instant from, Instant to) throws IOException {
        long fromMs = Duration.between(started(), from).toMillis();
        long toMs = Duration.between(started(), to).toMillis();
        long peak = 0;
        long live = 0;
        int collections = 0;
        for (String line : Files.readAllLines(gcLog)) {
            Matcher gc = GC.matcher(line);
            // the JVM's uptime starts a little after the process did: a collection may count a few ms early
            if (gc.find() && Long.parseLong(gc.group(1)) >= fromMs && Long.parseLong(gc.group(1)) <= toMs) {
                peak = Math.max(peak, Long.parseLong(gc.group(2)));
                live = Math.max(live, Long.parseLong(gc.group(3)));
                collections++;
            }
        }
        return new Heap(peak, live, collections);
    }

    record Heap(long peakMb, long liveMb, int collections) {
        /** The table's figure: peak / live after GC, and the heap limit {@code xmx}. */
        String describe(String xmx) {
            return collections == 0 ? "no GC ran" : "%,d / %,d MB (-Xmx%s)".formatted(peakMb, liveMb, xmx);
        }
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
