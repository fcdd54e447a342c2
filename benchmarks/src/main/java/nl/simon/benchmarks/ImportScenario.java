package nl.simon.benchmarks;

import java.net.URI;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.simon.factuursturen.client.ClientSettings;
import nl.simon.factuursturen.client.Credentials;
import nl.simon.factuursturen.client.FactuurSturenClient;

/**
 * Initial import of one big FS account (100,000 clients + 20,000 products) by a fresh service
 * instance, against its limit: the time this machine needs merely to page the same data out of the
 * emulator with the same client and page size. Then an unchanged poll of that tenant.
 */
final class ImportScenario {
    static final String NAME = "import";
    private static final double RATIO_GOAL = 1.5;
    private static final List<String> MASTER_DATA =
            List.of("customer", "location", "item", "item_group", "integration_log", "table_activity");

    private ImportScenario() {}

    static void run(Options options, Postgres postgres, Emulator emulator, Report report) throws Exception {
        int clients = options.number("clients");
        int products = options.number("products");
        int pageSize = options.number("page_size");
        String username = Fleet.username(NAME, 0);
        long seeding = System.nanoTime();
        emulator.account(username, Fleet.apiKey(username), clients, products);
        System.out.printf(
                "%s: FS account seeded with %,d clients + %,d products in %,d ms%n",
                NAME, clients, products, Waiting.millisSince(seeding));

        long[] limits = {
            page(emulator, username, pageSize, clients + products),
            page(emulator, username, pageSize, clients + products)
        };
        long limit = Math.min(limits[0], limits[1]);
        System.out.printf(
                "%s: paging it all with the client (page size %d): %,d ms and %,d ms%n",
                NAME, pageSize, limits[0], limits[1]);

        String url = postgres.createDatabase("bench_import");
        // one sync at activation (the import) and the poll asked for below: no timed poll in between
        try (Service service = Service.start("service-import", url, options, Map.of("simon.sync.interval", "6h"));
                Connection db = postgres.connect("bench_import")) {
            int warmup = options.number("import_warmup");
            if (warmup > 0) {
                warmUp(service, emulator, warmup);
            }
            Fleet.Company company = Fleet.register(service, emulator, username, Fleet.SYNC_SETTINGS);
            ProcessHandle database = postgres.process().orElseThrow();
            double serviceCpu = Cpu.seconds(service.handle());
            Map<String, Double> serviceThreads = Cpu.threads(service.handle());
            double databaseCpu = Cpu.seconds(database);
            double emulatorCpu = Cpu.seconds(emulator.handle());
            double machineCpu = Cpu.machineBusySeconds();
            Instant from = Instant.now();
            long started = System.nanoTime();
            Fleet.activate(company);
            awaitImport(company, "the initial import");
            long wall = Waiting.millisSince(started);
            Instant to = Instant.now();
            double serviceUsed = Cpu.seconds(service.handle()) - serviceCpu;
            Map<String, Double> serviceThreadsUsed =
                    Cpu.used(serviceThreads, Cpu.threads(service.handle()), serviceUsed);
            double databaseUsed = Cpu.seconds(database) - databaseCpu;
            double emulatorUsed = Cpu.seconds(emulator.handle()) - emulatorCpu;
            double machineUsed = Cpu.machineBusySeconds() - machineCpu;
            Service.Heap heap = service.heap(from, to);
            long customers =
                    Postgres.count(db, "SELECT count(*) FROM customer WHERE tenant_id = ?", company.tenantId());
            long items = Postgres.count(db, "SELECT count(*) FROM item WHERE tenant_id = ?", company.tenantId());
            double ratio = wall / (double) Math.max(1, limit);
            double rowsPerSecond = (clients + products) * 1000.0 / wall;

            report.figure(NAME, "clients", clients);
            report.figure(NAME, "products", products);
            report.figure(NAME, "importMs", wall);
            report.figure(NAME, "rowsPerSecond", Math.round(rowsPerSecond));
            report.figure(NAME, "peakHeapMb", heap.peakMb());
            report.figure(NAME, "liveHeapAfterGcMb", heap.liveMb());
            report.figure(NAME, "collections", heap.collections());
            report.figure(NAME, "limitMs", limit);
            report.figure(NAME, "limitRunsMs", List.of(limits[0], limits[1]));
            report.figure(NAME, "ratio", Report.rounded(ratio));
            report.figure(NAME, "warmupClients", warmup);
            report.figure(NAME, "cpuSecondsService", Report.rounded(serviceUsed));
            report.figure(NAME, "cpuSecondsPostgres", Report.rounded(databaseUsed));
            report.figure(NAME, "cpuSecondsServiceThreads", serviceThreadsUsed);
            System.out.printf("%s: the service's CPU by thread: %s%n", NAME, serviceThreadsUsed);
            report.figure(NAME, "cpuSecondsEmulator", Report.rounded(emulatorUsed));
            report.figure(NAME, "cpuSecondsMachine", Report.rounded(machineUsed));
            report.figure(NAME, "customersStored", customers);
            report.figure(NAME, "itemsStored", items);
            boolean complete = customers == clients && items == products;
            report.row(
                    NAME,
                    "initial import of %,d clients + %,d products".formatted(clients, products),
                    "%.1f s".formatted(wall / 1000.0),
                    "",
                    null);
            report.row(NAME, "rows/s", "%,.0f".formatted(rowsPerSecond), "", null);
            report.row(
                    NAME,
                    "peak heap (before GC) / most live after GC",
                    heap.describe(options.text("service_heap")),
                    "",
                    null);
            report.row(
                    NAME,
                    "CPU during the import: service / PostgreSQL / emulator / whole machine",
                    "%.1f / %.1f / %.1f / %.1f s of %.1f"
                            .formatted(
                                    serviceUsed, databaseUsed, emulatorUsed, machineUsed, wall / 1000.0 * Cpu.cores()),
                    "",
                    null);
            report.row(
                    NAME, "limit: paging the same data with the client", "%.1f s".formatted(limit / 1000.0), "", null);
            report.row(NAME, "ratio import / limit", "%.2f".formatted(ratio), "≤ " + RATIO_GOAL, ratio <= RATIO_GOAL);
            report.check(
                    NAME,
                    "customers and items stored",
                    "%,d + %,d".formatted(customers, items),
                    "%,d + %,d".formatted(clients, products),
                    complete);

            unchangedPoll(company, emulator, db, report);
        }
    }

    /**
     * Before the measured import, the same service imports a smaller company ({@code clients} clients, a fifth as
     * many products): the measured import then runs in a service whose code is compiled, as in production, where a
     * new company is activated on a running instance, and as the limit's client, which pages twice.
     */
    private static void warmUp(Service service, Emulator emulator, int clients) {
        String username = Fleet.username(NAME + "-warmup", 0);
        emulator.account(username, Fleet.apiKey(username), clients, clients / 5);
        long started = System.nanoTime();
        awaitImport(Fleet.activate(service, emulator, username, Fleet.SYNC_SETTINGS), "the warm-up import");
        System.out.printf(
                "%s: warm-up import of %,d clients + %,d products in %,d ms%n",
                NAME, clients, clients / 5, Waiting.millisSince(started));
    }

    /** Waits until the company's initial import has finished (the status page's figure), asking every 100 ms. */
    private static void awaitImport(Fleet.Company company, String what) {
        Waiting.until(
                what,
                Duration.ofMinutes(15),
                Duration.ofMillis(100),
                () -> company.admin()
                        .expect(200, "GET", "/api/integration", null)
                        .at("/initialImport/finished")
                        .asBoolean());
    }

    private static void unchangedPoll(Fleet.Company company, Emulator emulator, Connection db, Report report)
            throws Exception {
        long xid = Postgres.count(db, "SELECT pg_current_xact_id()::text::bigint");
        long requests = emulator.requests();
        String before = company.admin()
                .expect(200, "GET", "/api/integration", null)
                .path("lastSyncAt")
                .asString();
        long started = System.nanoTime();
        company.admin().expect(202, "POST", "/api/integration/sync", null);
        Waiting.until("the unchanged poll", Duration.ofMinutes(5), Duration.ofMillis(50), () -> {
            String now = company.admin()
                    .expect(200, "GET", "/api/integration", null)
                    .path("lastSyncAt")
                    .asString();
            return now != null && !now.equals(before);
        });
        long wall = Waiting.millisSince(started);
        Map<String, Long> written = new LinkedHashMap<>();
        for (String table : MASTER_DATA) {
            written.put(
                    table,
                    Postgres.count(db, "SELECT count(*) FROM \"" + table + "\" WHERE xmin::text::bigint > ?", xid));
        }
        long rows = written.values().stream().mapToLong(Long::longValue).sum();
        long fsRequests = emulator.requests() - requests;
        report.figure(NAME, "unchangedPollMs", wall);
        report.figure(NAME, "unchangedPollRowsWritten", written);
        report.figure(NAME, "unchangedPollFsRequests", fsRequests);
        report.row(NAME, "unchanged poll: wall (sync now → done)", "%.1f s".formatted(wall / 1000.0), "", null);
        report.check(NAME, "unchanged poll: master-data and log rows written", "%,d".formatted(rows), "0", rows == 0);
    }

    /** Pages all clients and products of the account with the client; answers the wall time in ms. */
    private static long page(Emulator emulator, String username, int pageSize, long expected) {
        FactuurSturenClient client = new FactuurSturenClient(
                ClientSettings.of(URI.create(emulator.api()), new Credentials(username, Fleet.apiKey(username)))
                        .withPageSize(pageSize));
        long started = System.nanoTime();
        long rows = client.clients().count() + client.products().count();
        long wall = Waiting.millisSince(started);
        if (rows != expected) {
            throw new IllegalStateException("paged " + rows + " rows, expected " + expected);
        }
        return wall;
    }
}
