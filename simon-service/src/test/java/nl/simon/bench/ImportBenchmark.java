package nl.simon.bench;

import static nl.simon.bench.BenchSupport.count;
import static nl.simon.bench.BenchSupport.expect;
import static nl.simon.bench.BenchSupport.fsRequests;
import static nl.simon.bench.BenchSupport.millis;
import static nl.simon.bench.BenchSupport.post;
import static nl.simon.bench.BenchSupport.quietLogging;
import static nl.simon.bench.BenchSupport.start;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import nl.simon.bench.BenchSupport.Emulator;
import nl.simon.tenant.CreateTenant;
import nl.simon.tenant.Tenant;
import nl.simon.testing.Api;
import nl.simon.testing.Wizard;
import org.awaitility.Awaitility;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Issue 5, item 6: the initial import of 100,000 FS clients and 20,000 FS products, and an unchanged
 * poll of that tenant afterwards. The emulator runs as a separate process (its standalone jar,
 * {@code -Xmx1g}), PostgreSQL is zonky's embedded server (a separate process too), and the service
 * runs in this JVM: start it with {@code -Xmx512m} to prove the heap goal. The wizard runs over the
 * REST API, the sync runs as the tenant's {@code fs-sync} job in db-scheduler, exactly as in
 * production. Not a test: it prints figures and goals (see README, "Initial import and unchanged poll").
 *
 * <p>Arguments, all optional, {@code key=value}: {@code clients=100000}, {@code products=20000};
 * {@code pg.<setting>=<value>} sets a PostgreSQL server setting (zonky starts it with
 * {@code synchronous_commit=off}; {@code pg.synchronous_commit=on} is PostgreSQL's default);
 * {@code pg_stat_statements=on} prints where PostgreSQL spent its time (profiling);
 * {@code analyze_after=N}, an experiment: the benchmark itself runs {@code ANALYZE customer, location,
 * item} once the import's progress reaches N records (see README for why); {@code progress=api} polls
 * the progress over the REST API instead of reading it from the database (costs CPU: Argon2 per call).
 */
public final class ImportBenchmark {
    private static final String FS_USER = "bench";
    private static final String FS_KEY = "bench-api-key";
    private static final String ADMIN = "admin@bench.nl";
    private static final String PASSWORD = "bench-wachtwoord";
    private static final long IMPORT_GOAL_MS = 60_000;
    private static final long HEAP_GOAL_MB = 512;
    private static final long POLL_GOAL_MS = 5_000;

    private final BenchSupport.Table table = new BenchSupport.Table();
    private boolean correct = true;

    public static void main(String[] args) throws Exception {
        Map<String, String> options = BenchSupport.options(List.of(args), "clients=100000 products=20000"
                + " pg.synchronous_commit=on pg_stat_statements=on analyze_after=5000 progress=db|api");
        int clients = Integer.parseInt(options.getOrDefault("clients", "100000"));
        int products = Integer.parseInt(options.getOrDefault("products", "20000"));
        boolean statements = "on".equals(options.getOrDefault("pg_stat_statements", "off"));
        long analyzeAfter = Long.parseLong(options.getOrDefault("analyze_after", "-1"));
        Map<String, String> serverConfig = new LinkedHashMap<>();
        options.forEach((key, value) -> {
            if (key.startsWith("pg.")) {
                serverConfig.put(key.substring(3), value);
            }
        });
        quietLogging();
        boolean progressOverApi = "api".equals(options.getOrDefault("progress", "db"));
        new ImportBenchmark(statements, analyzeAfter, progressOverApi).run(clients, products, serverConfig);
    }

    private void run(int clients, int products, Map<String, String> serverConfig) throws Exception {
        long maxHeapMb = Runtime.getRuntime().maxMemory() >> 20;
        System.out.printf("service JVM: max heap %,d MB, %d CPUs, Java %s%n", maxHeapMb,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        if (maxHeapMb > HEAP_GOAL_MB) {
            System.out.printf("WARNING: run this JVM with -Xmx%dm to prove the heap goal%n", HEAP_GOAL_MB);
        }
        Emulator emulator = Emulator.start();
        EmbeddedPostgres postgres = null;
        ConfigurableApplicationContext app = null;
        try {
            String control = emulator.control();
            emulator.awaitUp();
            post(control + "accounts", "{\"username\":\"" + FS_USER + "\",\"apiKey\":\"" + FS_KEY
                    + "\",\"hourlyLimit\":10000000}");
            long seeding = System.nanoTime();
            post(control + "seed", "{\"username\":\"" + FS_USER + "\",\"clients\":" + clients + ",\"products\":"
                    + products + "}");
            System.out.printf("emulator (separate process, pid %d) seeded %,d clients + %,d products in %,d ms%n",
                    emulator.process().pid(), clients, products, millis(seeding));

            long starting = System.nanoTime();
            EmbeddedPostgres.Builder server = EmbeddedPostgres.builder();
            if (statements) {
                server.setServerConfig("shared_preload_libraries", "pg_stat_statements")
                        .setServerConfig("pg_stat_statements.track", "all");
            }
            serverConfig.forEach(server::setServerConfig);
            postgres = server.start();
            System.out.printf("embedded PostgreSQL (separate process; zonky's defaults, e.g. synchronous_commit=off%s)"
                    + " started in %,d ms%n", serverConfig.isEmpty() ? "" : "; " + serverConfig, millis(starting));
            starting = System.nanoTime();
            app = start(postgres, List.of(), List.of());
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            System.out.printf("service started in this JVM (pid %d) in %,d ms on port %d%n",
                    ProcessHandle.current().pid(), millis(starting), port);
            Tenant tenant = app.getBean(CreateTenant.class).create("bench", ADMIN, PASSWORD);
            Api admin = Api.at(port, ADMIN, PASSWORD);
            Wizard wizard = new Wizard(admin, emulator.api(), FS_USER, FS_KEY);

            try (Connection db = postgres.getPostgresDatabase().getConnection()) {
                long tenantId = tenant.id().value();
                if (statements) {
                    execute(db, "CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
                    execute(db, "SELECT pg_stat_statements_reset()");
                }
                initialImport(wizard, admin, control, db, tenantId, clients, products);
                if (statements) {
                    printStatements(db, "initial import");
                }
                unchangedPoll(admin, control, db, tenantId);
                if (statements) {
                    printStatements(db, "unchanged poll");
                }
            }
            table.print();
            if (!correct) {
                throw new IllegalStateException("the database does not hold what FactuurSturen has, or the unchanged"
                        + " poll wrote rows: see the table above");
            }
        } finally {
            long stopping = System.nanoTime();
            if (app != null) {
                app.close();
            }
            if (postgres != null) {
                postgres.close();
            }
            emulator.stop();
            System.out.printf("stopped service, PostgreSQL and emulator in %,d ms%n", millis(stopping));
        }
    }

    // ---------------------------------------------------------------- initial import

    private void initialImport(Wizard wizard, Api admin, String control, Connection db, long tenant, int clients,
            int products) throws Exception {
        long requestsBefore = fsRequests(control);
        HeapWatch heap = HeapWatch.start();
        long startedAt = System.currentTimeMillis();
        long started = System.nanoTime();
        wizard.activate();
        long activated = millis(started);
        Map<String, Long> phases = new LinkedHashMap<>();
        long[] lastTotal = new long[1];
        Awaitility.await("initial import").atMost(Duration.ofMinutes(10))
                .pollInterval(Duration.ofMillis(100)).pollDelay(Duration.ZERO)
                .until(() -> progress(admin, db, tenant), progress -> {
                    long done = progress[0];
                    long total = progress[1];
                    long now = millis(started);
                    if (total > 0) {
                        phases.putIfAbsent("counted (import started)", now);
                    }
                    if (done > 0) {
                        phases.putIfAbsent("first page stored", now);
                    }
                    for (int fifth = 1; fifth < 5 && total > 0; fifth++) {
                        if (done * 5 >= total * fifth) {
                            phases.putIfAbsent("%,d of %,d done".formatted(total * fifth / 5, total), now);
                        }
                    }
                    if (done >= clients && clients > 0) {
                        phases.putIfAbsent("clients stored", now);
                    }
                    if (analyzeAfter >= 0 && done >= analyzeAfter && !phases.containsKey("ANALYZE (experiment)")) {
                        analyze(db);
                        phases.put("ANALYZE (experiment)", millis(started));
                    }
                    lastTotal[0] = total;
                    return progress[2] == 1;
                });
        long wall = millis(started);
        JsonNode integration = admin.get("/api/integration").json();
        phases.put("finished", wall);
        autoAnalyzed(db, startedAt, phases);
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
        long pulling = count(db, "SELECT (extract(epoch FROM import_finished_at - import_started_at) * 1000)::bigint"
                + " FROM integration WHERE tenant_id = ?", tenant);

        System.out.printf("%ninitial import: activate() call %,d ms; progress seen at (ms after the wizard started):%n",
                activated);
        phases.forEach((phase, ms) -> System.out.printf("  %-26s %,7d ms%n", phase, ms));
        System.out.printf("  database: %,d customers (%,d distinct FS numbers), %,d locations, %,d items,"
                + " %,d log rows; progress %,d/%,d%n", customers, distinctCustomers, locations, items, logRows,
                done, lastTotal[0]);
        System.out.printf("  %,d FS API requests; GC during import: %d collections, %,d ms%n", requests,
                memory.collections(), memory.gcMillis());

        long records = (long) clients + products;
        table.add("initial import: wall (wizard → finished)", "%,d ms".formatted(wall), "< 60,000 ms",
                wall < IMPORT_GOAL_MS);
        table.add("initial import: pulls only (counted → finished)", "%,d ms".formatted(pulling), "", null);
        table.add("initial import: records/s", "%,.0f".formatted(records * 1000.0 / Math.max(wall, 1)), "", null);
        table.add("initial import: rows written (cust+loc+item+log)",
                "%,d".formatted(customers + locations + items + logRows), "", null);
        table.add("initial import: peak heap used (sum of pool peaks)",
                "%,d MB of %,d MB max".formatted(memory.peakMb(), Runtime.getRuntime().maxMemory() >> 20), "< 512 MB",
                memory.peakMb() < HEAP_GOAL_MB && Runtime.getRuntime().maxMemory() >> 20 <= HEAP_GOAL_MB);
        table.add("initial import: max heap in use after a GC", "%,d MB".formatted(memory.maxAfterGcMb()), "", null);
        table.add("initial import: FS API requests", "%,d".formatted(requests), "", null);
        boolean complete = customers == clients && distinctCustomers == clients && items == products
                && done == records;
        correct &= complete;
        table.add("database: customers / items", "%,d / %,d".formatted(customers, items),
                "%,d / %,d".formatted(clients, products), complete);
    }

    // ---------------------------------------------------------------- unchanged poll

    private void unchangedPoll(Api admin, String control, Connection db, long tenant) throws Exception {
        List<Object> before = footprint(db, tenant);
        long requestsBefore = fsRequests(control);
        long xid = count(db, "SELECT pg_current_xact_id()::text::bigint");
        String lastSync = progressOverApi ? admin.get("/api/integration").text("lastSyncAt")
                : String.valueOf(count(db, "SELECT coalesce((extract(epoch FROM last_sync_at) * 1000000)::bigint, -1)"
                        + " FROM integration WHERE tenant_id = ?", tenant));

        long started = System.nanoTime();
        expect(admin.post("/api/integration/sync"), 202);
        long[] picked = {-1};
        Awaitility.await("unchanged poll").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(50))
                .pollDelay(Duration.ZERO).until(() -> {
                    if (picked[0] < 0 && count(db, "SELECT count(*) FROM scheduled_tasks WHERE task_name = 'fs-sync'"
                            + " AND task_instance = ? AND picked", String.valueOf(tenant)) > 0) {
                        picked[0] = millis(started);
                    }
                    return lastSynced(admin, db, tenant, lastSync);
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

        correct &= masterDataWritten == 0 && before.equals(after);
        table.add("unchanged poll: wall (sync now → lastSyncAt moved)", "%,d ms".formatted(wall), "< 5,000 ms",
                wall < POLL_GOAL_MS);
        table.add("unchanged poll: master-data rows written", "%,d".formatted(masterDataWritten), "0",
                masterDataWritten == 0 && before.equals(after));
        table.add("unchanged poll: footprint before = after", String.valueOf(before.equals(after)), "true",
                before.equals(after));
        table.add("unchanged poll: FS API requests", "%,d".formatted(requests), "", null);
    }

    /**
     * The import's progress as {done, total, finished (1/0)}. By default read straight from the
     * {@code integration} row: {@code GET /api/integration} logs in with HTTP Basic, and the REST API
     * is stateless, so every poll verifies the password with Argon2 (tens of ms of CPU); ten polls a
     * second took about half of this 2-core machine away from the import (see README). The option
     * {@code progress=api} polls the REST API as the first versions of this benchmark did.
     */
    private long[] progress(Api admin, Connection db, long tenant) throws SQLException {
        if (progressOverApi) {
            JsonNode progress = admin.get("/api/integration").json().get("initialImport");
            return new long[] {progress.get("done").asLong(), progress.get("total").asLong(),
                    progress.get("finished").asBoolean() ? 1 : 0};
        }
        try (PreparedStatement statement = db.prepareStatement("SELECT import_done, import_total,"
                + " import_finished_at IS NOT NULL FROM integration WHERE tenant_id = ?")) {
            statement.setLong(1, tenant);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? new long[] {rs.getLong(1), rs.getLong(2), rs.getBoolean(3) ? 1 : 0}
                        : new long[] {0, 0, 0};
            }
        }
    }

    /** Whether {@code last_sync_at} moved from {@code before} (as {@link #progress} reads it). */
    private boolean lastSynced(Api admin, Connection db, long tenant, String before) throws SQLException {
        String now = progressOverApi ? admin.get("/api/integration").text("lastSyncAt")
                : String.valueOf(count(db, "SELECT coalesce((extract(epoch FROM last_sync_at) * 1000000)::bigint, -1)"
                        + " FROM integration WHERE tenant_id = ?", tenant));
        return now != null && !now.equals("-1") && !now.equals(before);
    }

    /**
     * When autovacuum analyzed the tables the import fills (it wakes about once a minute): until then
     * they have no statistics, and the cached plan of the location → customer foreign-key check may
     * read all the tenant's customers per row, which decides how fast the import is (see README).
     */
    private static void autoAnalyzed(Connection db, long startedAt, Map<String, Long> phases) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery("""
                SELECT relname, (extract(epoch FROM last_autoanalyze) * 1000)::bigint FROM pg_stat_user_tables
                WHERE relname IN ('customer', 'location', 'item') AND last_autoanalyze IS NOT NULL""")) {
            while (rs.next()) {
                long at = rs.getLong(2) - startedAt;
                if (at >= 0) {
                    phases.put("autovacuum analyzed " + rs.getString(1), at);
                }
            }
        }
        List<Map.Entry<String, Long>> sorted = new ArrayList<>(phases.entrySet());
        sorted.sort(Map.Entry.comparingByValue());
        phases.clear();
        sorted.forEach(entry -> phases.put(entry.getKey(), entry.getValue()));
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

    /** Profiling ({@code pg_stat_statements=on}): where PostgreSQL spent its time since the last call. */
    private static void printStatements(Connection db, String phase) throws SQLException {
        System.out.printf("  PostgreSQL statements during the %s, by total execution time:%n", phase);
        System.out.printf("  %9s %10s %9s %10s  %s%n", "total ms", "calls", "mean ms", "rows", "statement");
        try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery("""
                SELECT total_exec_time, calls, mean_exec_time, rows, regexp_replace(query, '\\s+', ' ', 'g')
                FROM pg_stat_statements WHERE query NOT LIKE '%pg_stat_statements%'
                ORDER BY total_exec_time DESC LIMIT 12""")) {
            while (rs.next()) {
                String query = rs.getString(5);
                System.out.printf("  %,9.0f %,10d %9.3f %,10d  %s%n", rs.getDouble(1), rs.getLong(2), rs.getDouble(3),
                        rs.getLong(4), query.length() > 150 ? query.substring(0, 150) + "…" : query);
            }
        }
        execute(db, "SELECT pg_stat_statements_reset()");
    }

    private static void analyze(Connection db) {
        try {
            execute(db, "ANALYZE customer, location, item");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void execute(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute(sql);
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

    private final boolean statements;
    private final long analyzeAfter;

    private final boolean progressOverApi;

    private ImportBenchmark(boolean statements, long analyzeAfter, boolean progressOverApi) {
        this.statements = statements;
        this.analyzeAfter = analyzeAfter;
        this.progressOverApi = progressOverApi;
    }
}
