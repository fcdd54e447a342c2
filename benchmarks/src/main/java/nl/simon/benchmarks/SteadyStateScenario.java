package nl.simon.benchmarks;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Many active tenants on one instance, each pulled every cycle: how late do the pulls start (the
 * scheduler's lag, due → start, from the service's own histogram) and how much CPU does that take?
 * Tenants are activated evenly over one cycle, as companies joining over time would be; the
 * measurement starts once every initial import has finished and lasts {@code cycles} cycles.
 */
final class SteadyStateScenario {
    static final String NAME = "steady";
    private static final double LAG_P99_GOAL_S = 30;

    private SteadyStateScenario() {}

    static void run(Options options, Postgres postgres, Emulator emulator, Report report) throws Exception {
        int tenants = options.number("tenants");
        int clients = options.number("tenant_clients");
        Duration cycle = options.duration("cycle");
        int cycles = options.number("cycles");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        // enough threads that a slow activation call (load 30: over 100 ms) does not push the later ones past the
        // cycle: 10,000 tenants over 5 minutes are one every 30 ms
        ScheduledExecutorService pacer = Executors.newScheduledThreadPool(16);
        try {
            long started = System.nanoTime();
            List<Future<?>> seeded = new ArrayList<>();
            for (int i = 0; i < tenants; i++) {
                String username = Fleet.username(NAME, i);
                seeded.add(pool.submit(() -> emulator.account(username, Fleet.apiKey(username), clients, 0)));
            }
            for (Future<?> done : seeded) {
                done.get();
            }
            long accounts = Waiting.millisSince(started);
            System.out.printf(
                    "%s: %,d FS accounts with %,d clients each in %,d ms%n", NAME, tenants, clients, accounts);
            report.figure(NAME, "fsAccountsMs", accounts);

            String url = postgres.createDatabase("bench_steady");
            try (Service service = Service.start(
                            "service-steady", url, options, Map.of("simon.sync.interval", cycle.toSeconds() + "s"));
                    Connection db = postgres.connect("bench_steady")) {
                started = System.nanoTime();
                List<Future<Fleet.Company>> registering = new ArrayList<>();
                for (int i = 0; i < tenants; i++) {
                    String username = Fleet.username(NAME, i);
                    registering.add(
                            pool.submit(() -> Fleet.register(service, emulator, username, Fleet.SYNC_SETTINGS)));
                }
                List<Fleet.Company> companies = new ArrayList<>();
                for (Future<Fleet.Company> company : registering) {
                    companies.add(company.get());
                }
                long registered = Waiting.millisSince(started);
                System.out.printf(
                        "%s: %,d companies registered, connected and set up in %,d ms%n", NAME, tenants, registered);
                report.figure(NAME, "registeredMs", registered);

                started = System.nanoTime();
                long spacingNanos = cycle.toNanos() / tenants;
                List<Future<?>> activated = new ArrayList<>();
                for (int i = 0; i < tenants; i++) {
                    Fleet.Company company = companies.get(i);
                    activated.add(
                            pacer.schedule(() -> Fleet.activate(company), i * spacingNanos, TimeUnit.NANOSECONDS));
                }
                for (Future<?> done : activated) {
                    done.get();
                }
                long activation = Waiting.millisSince(started);
                // 10,000 imports of 200 clients write 8 million rows: on 2 shared cores that takes longer than the
                // cycle
                Waiting.until(
                        "every initial import",
                        Duration.ofMinutes(20).plusMillis(tenants * 120L),
                        Duration.ofMillis(500),
                        () -> Fleet.imported(db, companies) == tenants);
                long imported = Waiting.millisSince(started);
                System.out.printf(
                        "%s: activated evenly over one cycle in %,d ms; every import finished after %,d ms%n",
                        NAME, activation, imported);
                report.figure(NAME, "activationMs", activation);
                report.figure(NAME, "importsFinishedMs", imported);
                report.row(
                        NAME,
                        "setup: FS accounts; companies registered; activated (over one cycle); every import done",
                        "%,d s; %,d s; %,d s; %,d s"
                                .formatted(accounts / 1000, registered / 1000, activation / 1000, imported / 1000),
                        "",
                        null);

                long latency = options.number("fs_latency_ms");
                if (latency > 0) {
                    // the pull's calls: a page of clients, a page of products
                    emulator.delay("GET", "clients", latency);
                    emulator.delay("GET", "products", latency);
                    report.note("%s: FS answered the pull's calls %d ms late (fs_latency_ms)".formatted(NAME, latency));
                }
                try {
                    measure(options, postgres, emulator, service, db, report, tenants, cycle, cycles);
                } finally {
                    emulator.clearFaults();
                }
            }
        } finally {
            pool.shutdownNow();
            pacer.shutdownNow();
        }
    }

    private static void measure(
            Options options,
            Postgres postgres,
            Emulator emulator,
            Service service,
            Connection db,
            Report report,
            int tenants,
            Duration cycle,
            int cycles)
            throws Exception {
        ProcessHandle database = postgres.process().orElseThrow();
        LagHistogram before = LagHistogram.of(service.prometheus(), "fs-sync");
        double serviceCpu = Cpu.seconds(service.handle());
        double databaseCpu = Cpu.seconds(database);
        double emulatorCpu = Cpu.seconds(emulator.handle());
        double machineCpu = Cpu.machineBusySeconds();
        long requests = emulator.requests();
        Instant from = Instant.now();
        long started = System.nanoTime();
        Duration window = cycle.multipliedBy(cycles);
        System.out.printf("%s: measuring %d cycles of %s (%s) ...%n", NAME, cycles, cycle, window);
        Waiting.pause(window);
        double seconds = (System.nanoTime() - started) / 1e9;
        LagHistogram lag = LagHistogram.of(service.prometheus(), "fs-sync").minus(before);
        double cores = Cpu.cores();
        double serviceShare = (Cpu.seconds(service.handle()) - serviceCpu) / (seconds * cores);
        double databaseShare = (Cpu.seconds(database) - databaseCpu) / (seconds * cores);
        double emulatorShare = (Cpu.seconds(emulator.handle()) - emulatorCpu) / (seconds * cores);
        double machineShare = (Cpu.machineBusySeconds() - machineCpu) / (seconds * cores);
        long fsRequests = emulator.requests() - requests;
        Service.Heap heap = service.heap(from, Instant.now());
        long databaseMb = Postgres.count(db, "SELECT pg_database_size(current_database())") >> 20;
        long customers = Postgres.count(db, "SELECT count(*) FROM customer");
        long late = Postgres.count(
                db,
                "SELECT count(*) FROM integration WHERE status = 'ACTIVE'"
                        + " AND (last_sync_at IS NULL OR last_sync_at < now() - make_interval(secs => ?))",
                (double) cycle.toSeconds() + LAG_P99_GOAL_S);
        long active = Postgres.count(db, "SELECT count(*) FROM integration WHERE status = 'ACTIVE'");

        double p50 = lag.percentile(50);
        double p99 = lag.percentile(99);
        double perTenantAndCycle = lag.count() / (double) (tenants * cycles);
        // what the threads must carry: each pull waits for FS once per call (fs_latency_ms each)
        double pullsPerSecond = lag.count() / seconds;
        double callsPerPull = fsRequests / (double) Math.max(1, lag.count());
        double waitingThreads = pullsPerSecond * callsPerPull * options.number("fs_latency_ms") / 1000.0;
        report.figure(NAME, "tenants", tenants);
        report.figure(NAME, "clientsPerTenant", options.number("tenant_clients"));
        report.figure(NAME, "cycleSeconds", cycle.toSeconds());
        report.figure(NAME, "cycles", cycles);
        report.figure(NAME, "windowSeconds", Report.rounded(seconds));
        report.figure(NAME, "syncRuns", lag.count());
        report.figure(NAME, "lagP50AtMostSeconds", p50);
        report.figure(NAME, "lagP99AtMostSeconds", p99);
        report.figure(NAME, "lagMaxAtMostSeconds", lag.maxBound());
        report.figure(NAME, "tenantsLate", late);
        report.figure(NAME, "tenantsActive", active);
        report.figure(NAME, "cpuShareService", Report.rounded(serviceShare));
        report.figure(NAME, "cpuSharePostgres", Report.rounded(databaseShare));
        report.figure(NAME, "cpuShareEmulator", Report.rounded(emulatorShare));
        report.figure(NAME, "cpuShareMachine", Report.rounded(machineShare));
        report.figure(NAME, "fsRequestsPerSecond", Math.round(fsRequests / seconds));
        report.figure(NAME, "pullsPerSecond", Report.rounded(pullsPerSecond));
        report.figure(NAME, "fsCallsPerPull", Report.rounded(callsPerPull));
        report.figure(NAME, "threadsWaitingOnFs", Report.rounded(waitingThreads));
        report.figure(NAME, "schedulerThreads", options.number("scheduler_threads"));
        report.figure(NAME, "peakHeapMb", heap.peakMb());
        report.figure(NAME, "liveHeapAfterGcMb", heap.liveMb());
        report.figure(NAME, "collections", heap.collections());
        report.figure(NAME, "databaseMb", databaseMb);
        report.figure(NAME, "customers", customers);

        String size = "%,d tenants × %,d clients, cycle %ds"
                .formatted(tenants, options.number("tenant_clients"), cycle.toSeconds());
        report.row(NAME, "setup", size, "", null);
        report.row(
                NAME,
                "sync runs in %d cycles (per tenant and cycle)".formatted(cycles),
                "%,d (%.2f)".formatted(lag.count(), perTenantAndCycle),
                "",
                null);
        report.row(
                NAME,
                "pulls/s; FS calls per pull; threads waiting on FS (of %d)"
                        .formatted(options.number("scheduler_threads")),
                "%.1f; %.2f; %.1f".formatted(pullsPerSecond, callsPerPull, waitingThreads),
                "",
                null);
        report.row(NAME, "scheduler lag p50 (due → start)", LagHistogram.describe(p50), "", null);
        report.row(NAME, "scheduler lag p99 (due → start)", LagHistogram.describe(p99), "< 30 s", p99 < LAG_P99_GOAL_S);
        report.row(NAME, "scheduler lag max", LagHistogram.describe(lag.maxBound()), "", null);
        report.check(
                NAME,
                "tenants not synced within cycle + 30 s",
                "%,d of %,d".formatted(late, active),
                "0",
                late == 0 && active == tenants);
        report.row(
                NAME,
                "CPU share: service / PostgreSQL / emulator",
                "%.0f%% / %.0f%% / %.0f%%".formatted(serviceShare * 100, databaseShare * 100, emulatorShare * 100),
                "",
                null);
        report.row(
                NAME,
                "CPU share: whole machine (%d cores)".formatted((int) cores),
                "%.0f%%".formatted(machineShare * 100),
                "",
                null);
        report.row(
                NAME,
                "service heap: peak (before GC) / most live after GC",
                heap.describe(options.text("service_heap")),
                "",
                null);
        report.row(NAME, "database size (customers)", "%,d MB (%,d)".formatted(databaseMb, customers), "", null);
    }
}
