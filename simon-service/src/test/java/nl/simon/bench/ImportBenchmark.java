package nl.simon.bench;

import ch.qos.logback.classic.Level;
import com.sun.management.GarbageCollectionNotificationInfo;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
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
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import javax.sql.DataSource;
import nl.simon.app.SimonApplication;
import nl.simon.tenant.CreateTenant;
import nl.simon.tenant.Tenant;
import nl.simon.testing.Api;
import nl.simon.testing.Wizard;
import org.awaitility.Awaitility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 5, item 6: the initial import of 100,000 FS clients and 20,000 FS products, and an unchanged
 * poll of that tenant afterwards. The emulator runs as a separate process (its standalone jar,
 * {@code -Xmx1g}), PostgreSQL is zonky's embedded server (a separate process too), and the service
 * runs in this JVM: start it with {@code -Xmx512m} to prove the heap goal. The wizard runs over the
 * REST API, the sync runs as the tenant's {@code fs-sync} job in db-scheduler, exactly as in
 * production. Not a test: it prints figures and goals (see README, "Initial import and unchanged poll").
 *
 * <p>Arguments, all optional, {@code key=value}: {@code clients=100000 products=20000
 * synchronous_commit=off} (zonky's default is {@code off}; {@code on} is PostgreSQL's default).
 */
public final class ImportBenchmark {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String FS_USER = "bench";
    private static final String FS_KEY = "bench-api-key";
    private static final String ADMIN = "admin@bench.nl";
    private static final String PASSWORD = "bench-wachtwoord";
    private static final long IMPORT_GOAL_MS = 60_000;
    private static final long HEAP_GOAL_MB = 512;
    private static final long POLL_GOAL_MS = 5_000;

    private final List<String[]> table = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int clients = Integer.parseInt(options.getOrDefault("clients", "100000"));
        int products = Integer.parseInt(options.getOrDefault("products", "20000"));
        String synchronousCommit = options.getOrDefault("synchronous_commit", "off");
        quietLogging();
        new ImportBenchmark().run(clients, products, synchronousCommit);
    }

    private void run(int clients, int products, String synchronousCommit) throws Exception {
        long maxHeapMb = Runtime.getRuntime().maxMemory() >> 20;
        System.out.printf("service JVM: max heap %,d MB, %d CPUs, Java %s%n", maxHeapMb,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        if (maxHeapMb > HEAP_GOAL_MB) {
            System.out.printf("WARNING: run this JVM with -Xmx%dm to prove the heap goal%n", HEAP_GOAL_MB);
        }
        Process emulator = startEmulator();
        EmbeddedPostgres postgres = null;
        ConfigurableApplicationContext app = null;
        try {
            String control = "http://127.0.0.1:" + emulatorPort + "/_emulator/";
            awaitUp(control);
            post(control + "accounts", "{\"username\":\"" + FS_USER + "\",\"apiKey\":\"" + FS_KEY
                    + "\",\"hourlyLimit\":10000000}");
            long seeding = System.nanoTime();
            post(control + "seed", "{\"username\":\"" + FS_USER + "\",\"clients\":" + clients + ",\"products\":"
                    + products + "}");
            System.out.printf("emulator (separate process, pid %d) seeded %,d clients + %,d products in %,d ms%n",
                    emulator.pid(), clients, products, millis(seeding));

            long starting = System.nanoTime();
            postgres = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", synchronousCommit).start();
            System.out.printf("embedded PostgreSQL (separate process, synchronous_commit=%s) started in %,d ms%n",
                    synchronousCommit, millis(starting));
            starting = System.nanoTime();
            app = start(postgres);
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            System.out.printf("service started in this JVM (pid %d) in %,d ms on port %d%n",
                    ProcessHandle.current().pid(), millis(starting), port);
            Tenant tenant = app.getBean(CreateTenant.class).create("bench", ADMIN, PASSWORD);
            Api admin = Api.at(port, ADMIN, PASSWORD);
            Wizard wizard = new Wizard(admin, "http://127.0.0.1:" + emulatorPort + "/api/v1/", FS_USER, FS_KEY);

            try (Connection db = postgres.getPostgresDatabase().getConnection()) {
                long tenantId = tenant.id().value();
                initialImport(wizard, admin, control, db, tenantId, clients, products);
                unchangedPoll(admin, control, db, tenantId);
            }
            printTable();
        } finally {
            long stopping = System.nanoTime();
            if (app != null) {
                app.close();
            }
            if (postgres != null) {
                postgres.close();
            }
            emulator.destroy();
            if (!emulator.waitFor(20, TimeUnit.SECONDS)) {
                emulator.destroyForcibly().waitFor();
            }
            System.out.printf("stopped service, PostgreSQL and emulator in %,d ms%n", millis(stopping));
        }
    }

    // ---------------------------------------------------------------- initial import

    private void initialImport(Wizard wizard, Api admin, String control, Connection db, long tenant, int clients,
            int products) throws Exception {
        long requestsBefore = fsRequests(control);
        HeapWatch heap = HeapWatch.start();
        long started = System.nanoTime();
        wizard.activate();
        long activated = millis(started);
        Map<String, Long> phases = new LinkedHashMap<>();
        long[] last = new long[2];
        JsonNode integration = Awaitility.await("initial import").atMost(Duration.ofMinutes(10))
                .pollInterval(Duration.ofMillis(100)).pollDelay(Duration.ZERO)
                .until(() -> admin.get("/api/integration").json(), json -> {
                    JsonNode progress = json.get("initialImport");
                    long done = progress.get("done").asLong();
                    long total = progress.get("total").asLong();
                    long now = millis(started);
                    if (total > 0) {
                        phases.putIfAbsent("counted (import started)", now);
                    }
                    if (done > 0) {
                        phases.putIfAbsent("first page stored", now);
                    }
                    if (done >= clients && clients > 0) {
                        phases.putIfAbsent("clients stored", now);
                    }
                    last[0] = done;
                    last[1] = total;
                    return progress.get("finished").asBoolean();
                });
        long wall = millis(started);
        phases.put("finished", wall);
        HeapWatch.Figures memory = heap.stop();
        long requests = fsRequests(control) - requestsBefore;
        long done = integration.at("/initialImport/done").asLong();

        long customers = count(db, "SELECT count(*) FROM customer WHERE tenant_id = ? AND origin = 'FACTUURSTUREN'"
                + " AND fs_client_nr IS NOT NULL", tenant);
        long distinctCustomers = count(db, "SELECT count(DISTINCT fs_client_nr) FROM customer WHERE tenant_id = ?", tenant);
        long items = count(db, "SELECT count(*) FROM item WHERE tenant_id = ? AND origin = 'FACTUURSTUREN'"
                + " AND fs_product_id IS NOT NULL", tenant);
        long locations = count(db, "SELECT count(*) FROM location WHERE tenant_id = ?", tenant);
        long logRows = count(db, "SELECT count(*) FROM integration_log WHERE tenant_id = ?", tenant);

        System.out.printf("%ninitial import: activate() call %,d ms; progress seen at (ms after the wizard started):%n",
                activated);
        phases.forEach((phase, ms) -> System.out.printf("  %-26s %,7d ms%n", phase, ms));
        System.out.printf("  database: %,d customers (%,d distinct FS numbers), %,d locations, %,d items,"
                + " %,d log rows; progress %,d/%,d%n", customers, distinctCustomers, locations, items, logRows,
                done, last[1]);
        System.out.printf("  %,d FS API requests; GC during import: %d collections, %,d ms%n", requests,
                memory.collections(), memory.gcMillis());

        long records = (long) clients + products;
        add("initial import: wall (wizard → finished)", "%,d ms".formatted(wall), "< 60,000 ms",
                wall < IMPORT_GOAL_MS);
        add("initial import: records/s", "%,.0f".formatted(records * 1000.0 / Math.max(wall, 1)), "", null);
        add("initial import: rows written (cust+loc+item+log)", "%,d".formatted(customers + locations + items + logRows),
                "", null);
        add("initial import: peak heap used (sum of pool peaks)", "%,d MB of %,d MB max".formatted(memory.peakMb(),
                Runtime.getRuntime().maxMemory() >> 20), "< 512 MB", memory.peakMb() < HEAP_GOAL_MB
                && Runtime.getRuntime().maxMemory() >> 20 <= HEAP_GOAL_MB);
        add("initial import: max heap in use after a GC", "%,d MB".formatted(memory.maxAfterGcMb()), "", null);
        add("initial import: FS API requests", "%,d".formatted(requests), "", null);
        add("database: customers / items", "%,d / %,d".formatted(customers, items),
                "%,d / %,d".formatted(clients, products), customers == clients && distinctCustomers == clients
                        && items == products && done == records);
    }

    // ---------------------------------------------------------------- unchanged poll

    private void unchangedPoll(Api admin, String control, Connection db, long tenant) throws Exception {
        List<Object> before = footprint(db, tenant);
        long requestsBefore = fsRequests(control);
        long xid = count(db, "SELECT pg_current_xact_id()::text::bigint");
        String lastSync = admin.get("/api/integration").text("lastSyncAt");

        long started = System.nanoTime();
        expect(admin.post("/api/integration/sync"), 202);
        long[] picked = {-1};
        Awaitility.await("unchanged poll").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(50))
                .pollDelay(Duration.ZERO).until(() -> {
                    if (picked[0] < 0 && count(db, "SELECT count(*) FROM scheduled_tasks WHERE task_name = 'fs-sync'"
                            + " AND task_instance = ? AND picked", String.valueOf(tenant)) > 0) {
                        picked[0] = millis(started);
                    }
                    String now = admin.get("/api/integration").text("lastSyncAt");
                    return now != null && !now.equals(lastSync);
                });
        long wall = millis(started);
        long requests = fsRequests(control) - requestsBefore;
        List<Object> after = footprint(db, tenant);
        Map<String, Long> written = rowsWrittenSince(db, xid);
        long masterDataWritten = written.entrySet().stream()
                .filter(e -> List.of("customer", "location", "item", "item_group", "integration_log", "table_activity")
                        .contains(e.getKey()))
                .mapToLong(Map.Entry::getValue).sum();

        System.out.printf("%nunchanged poll: \"sync now\" → run picked by db-scheduler after %s ms, finished after %,d ms%n",
                picked[0] < 0 ? "?" : "%,d".formatted(picked[0]), wall);
        System.out.printf("  footprint before %s%n  footprint after  %s%n", before, after);
        System.out.printf("  row versions written since the poll started, by table: %s%n", written);
        System.out.printf("  %,d FS API requests%n", requests);

        add("unchanged poll: wall (sync now → lastSyncAt moved)", "%,d ms".formatted(wall), "< 5,000 ms",
                wall < POLL_GOAL_MS);
        add("unchanged poll: master-data rows written", "%,d".formatted(masterDataWritten), "0",
                masterDataWritten == 0 && before.equals(after));
        add("unchanged poll: footprint before = after", String.valueOf(before.equals(after)), "true",
                before.equals(after));
        add("unchanged poll: FS API requests", "%,d".formatted(requests), "", null);
    }

    /** Every row count and change time the pull could touch (as MasterDataSyncIT's footprint). */
    private static List<Object> footprint(Connection db, long tenant) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement("""
                SELECT (SELECT count(*) FROM customer WHERE tenant_id = ?), (SELECT max(changed_at) FROM customer WHERE tenant_id = ?),
                       (SELECT count(*) FROM item WHERE tenant_id = ?), (SELECT max(changed_at) FROM item WHERE tenant_id = ?),
                       (SELECT count(*) FROM location WHERE tenant_id = ?), (SELECT max(changed_at) FROM location WHERE tenant_id = ?),
                       (SELECT count(*) FROM integration_log WHERE tenant_id = ?),
                       (SELECT string_agg(table_name || coalesce(integration_updated_at::text, ''), ',' ORDER BY table_name)
                        FROM table_activity WHERE tenant_id = ?)""")) {
            for (int i = 1; i <= 8; i++) {
                statement.setLong(i, tenant);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return List.of(rs.getLong(1), String.valueOf(rs.getObject(2)), rs.getLong(3),
                        String.valueOf(rs.getObject(4)), rs.getLong(5), String.valueOf(rs.getObject(6)), rs.getLong(7),
                        String.valueOf(rs.getString(8)));
            }
        }
    }

    /**
     * Row versions (inserted or updated rows) made by transactions after {@code xid}, per table with
     * any: every INSERT and UPDATE writes a row version stamped with its transaction's id (xmin).
     * Deleted rows show in the footprint's counts.
     */
    private static Map<String, Long> rowsWrittenSince(Connection db, long xid) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = db.createStatement();
                ResultSet rs = statement.executeQuery("SELECT relname FROM pg_stat_user_tables ORDER BY relname")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        Map<String, Long> written = new LinkedHashMap<>();
        for (String name : tables) {
            long rows = count(db, "SELECT count(*) FROM \"" + name + "\" WHERE xmin::text::bigint > ?", xid);
            if (rows > 0) {
                written.put(name, rows);
            }
        }
        return written;
    }

    // ---------------------------------------------------------------- the processes

    private int emulatorPort;

    private Process startEmulator() throws IOException {
        emulatorPort = freePort();
        return new ProcessBuilder("java", "-Xmx1g", "-jar", standaloneJar().toString(), "--port",
                String.valueOf(emulatorPort)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static ConfigurableApplicationContext start(EmbeddedPostgres postgres) {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new SpringApplicationBuilder(SimonApplication.class)
                .properties("server.port=0",
                        "spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                        "spring.datasource.username=postgres",
                        "spring.datasource.password=postgres",
                        "simon.secrets.key=" + Base64.getEncoder().encodeToString(key),
                        "simon.factuursturen.allowed-hosts=127.0.0.1",
                        "spring.main.banner-mode=off",
                        "spring.main.log-startup-info=false",
                        "logging.level.root=WARN",
                        "logging.level.org.springframework.security=WARN")
                .run();
    }

    /** Before Spring configures logging, logback's default prints everything at DEBUG (zonky's start). */
    private static void quietLogging() {
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

    private static void awaitUp(String control) {
        Awaitility.await("emulator up").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .ignoreExceptions().until(() -> HTTP.send(HttpRequest.newBuilder(URI.create(control + "stats")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
    }

    private static long fsRequests(String control) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(control + "stats")).build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body()).get("total").asLong();
    }

    private static void post(String url, String json) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(url + " -> " + response.statusCode() + " " + response.body());
        }
    }

    private static Api.Response expect(Api.Response response, int status) {
        if (response.status() != status) {
            throw new IllegalStateException("expected " + status + " but was " + response);
        }
        return response;
    }

    private static long count(Connection db, String sql, Object... params) throws SQLException {
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

    // ---------------------------------------------------------------- output

    private void add(String what, String figure, String goal, Boolean met) {
        table.add(new String[] {what, figure, goal, met == null ? "" : met ? "met" : "MISSED"});
    }

    private void printTable() {
        int[] widths = new int[4];
        String[] header = {"what", "figure", "goal", ""};
        for (String[] row : concat(header)) {
            for (int i = 0; i < 4; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        String format = "%-" + widths[0] + "s | %" + widths[1] + "s | %-" + widths[2] + "s | %s%n";
        System.out.println();
        for (String[] row : concat(header)) {
            System.out.printf(format, (Object[]) row);
        }
    }

    private List<String[]> concat(String[] header) {
        List<String[]> all = new ArrayList<>();
        all.add(header);
        all.addAll(table);
        return all;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("arguments are key=value: clients=100000 products=20000"
                        + " synchronous_commit=off, not " + arg);
            }
            options.put(arg.substring(0, eq).strip(), arg.substring(eq + 1).strip());
        }
        return options;
    }

    private static long millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * Heap figures of this JVM over a stretch of time: the peak each heap pool reached (summed, so an
     * upper bound of what was in use at once), and the most heap still in use right after a collection
     * (close to the live data), with the number and time of collections.
     */
    private static final class HeapWatch implements NotificationListener {
        private final AtomicLong maxAfterGc = new AtomicLong();
        private final long collectionsBefore;
        private final long gcMillisBefore;

        private HeapWatch() {
            collectionsBefore = collections();
            gcMillisBefore = gcMillis();
        }

        static HeapWatch start() {
            System.gc();
            HeapWatch watch = new HeapWatch();
            heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) gc).addNotificationListener(watch, null, null);
            }
            return watch;
        }

        @Override
        public void handleNotification(javax.management.Notification notification, Object handback) {
            if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                return;
            }
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
                    .from((CompositeData) notification.getUserData());
            long used = 0;
            for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                if (isHeap(pool.getKey())) {
                    used += pool.getValue().getUsed();
                }
            }
            maxAfterGc.accumulateAndGet(used, Math::max);
        }

        Figures stop() {
            long peak = heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                try {
                    ((NotificationEmitter) gc).removeNotificationListener(this);
                } catch (javax.management.ListenerNotFoundException ignored) {
                    // not registered on this collector
                }
            }
            return new Figures(peak >> 20, maxAfterGc.get() >> 20, collections() - collectionsBefore,
                    gcMillis() - gcMillisBefore);
        }

        private static boolean isHeap(String poolName) {
            return heapPools().stream().anyMatch(p -> p.getName().equals(poolName));
        }

        private static List<MemoryPoolMXBean> heapPools() {
            return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                    .toList();
        }

        private static long collections() {
            return ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
        }

        private static long gcMillis() {
            return ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
        }

        record Figures(long peakMb, long maxAfterGcMb, long collections, long gcMillis) {
        }
    }

    private ImportBenchmark() {
    }
}
