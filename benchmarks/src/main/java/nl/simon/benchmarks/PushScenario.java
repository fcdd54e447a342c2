package nl.simon.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;

/**
 * Work orders archived over the REST API across many tenants, and the time until each one's draft
 * invoice is stored in FactuurSturen (the emulator notes the moment; same machine, same clock). A
 * paced run (archives at a steady rate, as offices archive through the day) and a burst (all at once,
 * which measures drafts/s). With two instances on one database the burst is split over both: the
 * throughput ratio to one instance, and whether any work order got two drafts.
 */
final class PushScenario {
    static final String NAME = "push";
    static final String SCALE_OUT = "scaleout";
    private static final long P50_GOAL_MS = 1_000;
    private static final long P99_GOAL_MS = 3_000;
    /** The savename look-up and the POST ({@code fs_latency_ms} delays both). */
    private static final int FS_CALLS_PER_DRAFT = 2;
    /** Issue 17: with FS's latency as the bound, a second instance should nearly double the burst's drafts/s. */
    private static final double SCALE_OUT_GOAL = 1.8;

    private final Options options;
    private final Emulator emulator;
    private final Report report;
    private final String name;
    private final List<Service> services;
    private final Connection db;
    private final List<Fleet.Company> companies = new ArrayList<>();
    private final Map<String, List<Long>> customers = new HashMap<>();
    /** Every archived work order so far: id → its job. */
    private final Map<Long, Job> archived = new ConcurrentHashMap<>();

    private PushScenario(
            Options options, Emulator emulator, Report report, String name, List<Service> services, Connection db) {
        this.options = options;
        this.emulator = emulator;
        this.report = report;
        this.name = name;
        this.services = services;
        this.db = db;
    }

    /** A work order to archive, the moment its archive request was sent, and the instance it went to. */
    static final class Job {
        final Fleet.Company company;
        final long id;
        final long number;
        volatile long sentAt;
        volatile long answeredAt;
        volatile int instance;
        volatile String failure;

        Job(Fleet.Company company, long id, long number) {
            this.company = company;
            this.id = id;
            this.number = number;
        }
    }

    /** One instance: a paced run and a burst. Answers the burst's drafts/s. */
    static double single(Options options, Postgres postgres, Emulator emulator, Report report) throws Exception {
        return withInstances(options, postgres, emulator, report, NAME, 1, scenario -> {
            scenario.archive("paced", options.number("push_rate"));
            return scenario.archive("burst", 0);
        });
    }

    /** Two instances on one database: the same paced run and burst, split over both. */
    static void scaleOut(Options options, Postgres postgres, Emulator emulator, Report report, double singleRate)
            throws Exception {
        withInstances(options, postgres, emulator, report, SCALE_OUT, 2, scenario -> {
            scenario.archive("paced", options.number("push_rate"));
            double rate = scenario.archive("burst", 0);
            if (singleRate > 0) {
                double ratio = rate / singleRate;
                report.figure(SCALE_OUT, "throughputRatio", Report.rounded(ratio));
                // without FS latency both instances share this machine's CPU: no goal (benchmarks/README.md, scale-out)
                boolean fsBound = options.number("fs_latency_ms") > 0;
                report.row(
                        SCALE_OUT,
                        "burst: throughput 2 instances / 1 instance" + (fsBound ? "" : " (CPU-bound: fs_latency_ms=0)"),
                        "%.2f (1: %s; 2: %s)"
                                .formatted(ratio, boundOfBurst(report, NAME), boundOfBurst(report, SCALE_OUT)),
                        fsBound ? "≥ " + SCALE_OUT_GOAL : "",
                        fsBound ? ratio >= SCALE_OUT_GOAL : null);
            }
            return rate;
        });
    }

    /**
     * What bounded a burst's drafts/s: the pushes (the archives came at least 1.5 times as fast, so pushes queued
     * for a scheduler thread) or the archive calls themselves (the pushes kept up with them).
     */
    private static String boundOfBurst(Report report, String scenario) {
        Map<String, Object> figures = report.figures(scenario);
        double drafts = ((Number) figures.get("burst.draftsPerSecond")).doubleValue();
        double archives = ((Number) figures.get("burst.archivesPerSecond")).doubleValue();
        return "%,.0f drafts/s, bound by %s"
                .formatted(
                        drafts,
                        archives >= 1.5 * drafts
                                ? "the push threads"
                                : "the archive calls (%,.0f/s)".formatted(archives));
    }

    interface Runs {
        double run(PushScenario scenario) throws Exception;
    }

    private static double withInstances(
            Options options, Postgres postgres, Emulator emulator, Report report, String name, int instances, Runs runs)
            throws Exception {
        String database = "bench_" + name;
        String url = postgres.createDatabase(database);
        List<Service> services = new ArrayList<>();
        try (Connection db = postgres.connect(database)) {
            for (int i = 0; i < instances; i++) {
                services.add(Service.start("service-" + name + "-" + (char) ('a' + i), url, options, Map.of()));
            }
            PushScenario scenario = new PushScenario(options, emulator, report, name, services, db);
            scenario.setUp();
            long latency = options.number("fs_latency_ms");
            if (latency > 0) {
                // the push's two FS calls: the savename look-up and the POST
                emulator.delay("GET", "search/invoices_saved", latency);
                emulator.delay("POST", "invoices", latency);
                report.note("%s: FS answered the push's calls %d ms late (fs_latency_ms)".formatted(name, latency));
            }
            return runs.run(scenario);
        } finally {
            emulator.clearFaults();
            for (Service service : services) {
                service.close();
            }
        }
    }

    /** FS accounts with a few clients and the time products; a company per account, activated; its customers. */
    private void setUp() throws Exception {
        int tenants = options.number("push_tenants");
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Fleet.Company>> made = new ArrayList<>();
            for (int i = 0; i < tenants; i++) {
                String username = Fleet.username(name, i);
                made.add(pool.submit(() -> {
                    emulator.account(username, Fleet.apiKey(username), 5, 0);
                    emulator.product(username, Fleet.apiKey(username), "0001", "Reistijd", "45.00");
                    emulator.product(username, Fleet.apiKey(username), "0002", "Werktijd", "62.50");
                    return Fleet.activate(services.get(0), emulator, username, Fleet.PUSH_SETTINGS);
                }));
            }
            for (Future<Fleet.Company> company : made) {
                companies.add(company.get());
            }
            Waiting.until(
                    "the initial imports",
                    Duration.ofMinutes(5),
                    Duration.ofMillis(200),
                    () -> Fleet.imported(db, companies) == tenants);
            for (Fleet.Company company : companies) {
                List<Long> ids = new ArrayList<>();
                company.admin().expect(200, "GET", "/api/customers", null).forEach(customer -> {
                    if (!customer.path("fsClientNr").isNull()
                            && !customer.path("fsClientNr").isMissingNode()) {
                        ids.add(customer.get("id").asLong());
                    }
                });
                if (ids.isEmpty()) {
                    throw new IllegalStateException("no FS customer imported for " + company.name());
                }
                customers.put(company.name(), ids);
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf(
                "%s: %d instance(s); %d companies activated and imported in %,d ms%n",
                name, services.size(), tenants, Waiting.millisSince(started));
    }

    /** Completed work orders with time registered, spread evenly over the companies, in interleaved order. */
    private List<Job> prepare(int orders) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Job>> made = new ArrayList<>();
            for (int i = 0; i < orders; i++) {
                Fleet.Company company = companies.get(i % companies.size());
                List<Long> ids = customers.get(company.name());
                long customer = ids.get((i / companies.size()) % ids.size());
                int w = i;
                made.add(pool.submit(() -> {
                    JsonNode order = company.admin()
                            .expect(
                                    201,
                                    "POST",
                                    "/api/work-orders",
                                    ("{\"customerId\": %d,"
                                                    + " \"description\": \"Onderhoud cv-ketel %d\", \"customerReference\": \"REF-%d\"}")
                                            .formatted(customer, w, w));
                    long id = order.get("id").asLong();
                    company.admin()
                            .expect(
                                    201,
                                    "POST",
                                    "/api/work-orders/" + id + "/timesheets",
                                    "{\"employee\": \"Pieter\", \"workMinutes\": %d, \"travelMinutes\": 15}"
                                            .formatted(60 + 15 * (w % 4)));
                    company.admin().expect(200, "POST", "/api/work-orders/" + id + "/complete", null);
                    return new Job(company, id, order.get("number").asLong());
                }));
            }
            List<Job> jobs = new ArrayList<>();
            for (Future<Job> job : made) {
                jobs.add(job.get());
            }
            return jobs;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Archives {@code push_orders} completed work orders at {@code perSecond} (0: all at once, from
     * {@code archivers} threads), round robin over the instances; waits for every draft; reports.
     * Answers drafts/s from the first archive sent to the last draft stored.
     */
    private double archive(String run, int perSecond) throws Exception {
        int orders = options.number("push_orders");
        List<Job> jobs = prepare(orders);
        LagHistogram lagBefore = pushLag();
        String loadBefore = Cpu.load();
        ScheduledExecutorService archivers = Executors.newScheduledThreadPool(options.number("archivers"));
        try {
            long anchor = System.nanoTime() + 100_000_000;
            List<Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < jobs.size(); i++) {
                Job job = jobs.get(i);
                job.instance = i % services.size();
                long at = anchor + (perSecond <= 0 ? 0 : (long) (i * 1e9 / perSecond));
                sent.add(archivers.schedule(() -> send(job), at - System.nanoTime(), TimeUnit.NANOSECONDS));
            }
            for (Future<?> done : sent) {
                done.get();
            }
        } finally {
            archivers.shutdownNow();
        }
        jobs.forEach(job -> archived.put(job.id, job));
        List<Job> accepted = jobs.stream().filter(job -> job.failure == null).toList();
        Waiting.until(
                run + ": every push done",
                Duration.ofMinutes(10),
                Duration.ofMillis(100),
                () -> pending(accepted) == 0);
        String load = loadBefore + " → " + Cpu.load();
        report.figure(name, run + ".load", load);
        return report(run, perSecond, jobs, accepted, pushLag().minus(lagBefore), load);
    }

    /** The fs-push jobs' lag (due → started) of all instances together. */
    private LagHistogram pushLag() {
        LagHistogram sum = LagHistogram.of("", "fs-push");
        for (Service service : services) {
            sum = sum.plus(LagHistogram.of(service.prometheus(), "fs-push"));
        }
        return sum;
    }

    private void send(Job job) {
        Http admin = services.get(job.instance).http().basic(email(job), Fleet.PASSWORD);
        job.sentAt = System.currentTimeMillis();
        Http.Response response = admin.post("/api/work-orders/" + job.id + "/archive", null);
        job.answeredAt = System.currentTimeMillis();
        if (response.status() != 200) {
            job.failure = response.status() + " " + response.body();
        }
    }

    private static String email(Job job) {
        return "admin@" + job.company.name() + ".bench.nl";
    }

    private long pending(List<Job> jobs) throws Exception {
        return Postgres.count(
                db,
                "SELECT count(*) FROM work_order WHERE id = ANY (?) AND invoice_sync_state = 'QUEUED'",
                jobs.stream().map(job -> job.id).toList());
    }

    private double report(String run, int perSecond, List<Job> jobs, List<Job> accepted, LagHistogram lag, String load)
            throws Exception {
        Map<Long, String[]> states = new HashMap<>();
        try (PreparedStatement statement = db.prepareStatement(
                "SELECT id, invoice_sync_state, invoice_draft_name" + " FROM work_order WHERE id = ANY (?)")) {
            statement.setArray(1, db.createArrayOf("bigint", archived.keySet().toArray()));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    states.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3)});
                }
            }
        }
        // every draft in this scenario's FS accounts: (account, name) → when stored
        Set<String> accounts = new HashSet<>();
        companies.forEach(company -> accounts.add(company.fsUsername()));
        Map<String, List<Long>> drafts = new HashMap<>();
        for (JsonNode draft : emulator.drafts()) {
            String account = draft.get("username").asString();
            if (accounts.contains(account)) {
                drafts.computeIfAbsent(account + "/" + draft.get("name").asString(), key -> new ArrayList<>())
                        .add(draft.get("savedAt").asLong());
            }
        }
        long draftsInFs = drafts.values().stream().mapToLong(List::size).sum();
        long notSent = 0;
        long missing = 0;
        List<Long> latencies = new ArrayList<>();
        long firstSent = Long.MAX_VALUE;
        long lastStored = 0;
        for (Job job : accepted) {
            String[] state = states.get(job.id);
            if (state == null || !"SENT".equals(state[0])) {
                notSent++;
                continue;
            }
            List<Long> stored = drafts.get(job.company.fsUsername() + "/" + state[1]);
            if (stored == null || stored.isEmpty()) {
                missing++;
                continue;
            }
            latencies.add(Math.max(0, stored.get(0) - job.sentAt));
            firstSent = Math.min(firstSent, job.sentAt);
            lastStored = Math.max(lastStored, stored.get(0));
        }
        long withDraft = archived.keySet().stream()
                .filter(id -> states.containsKey(id) && "SENT".equals(states.get(id)[0]))
                .count();
        long duplicates = draftsInFs - withDraft;
        long failed = jobs.size() - accepted.size();
        Percentiles latency = new Percentiles(latencies);
        Percentiles archiveCalls = new Percentiles(
                accepted.stream().map(job -> job.answeredAt - job.sentAt).toList());
        long lastAnswer =
                accepted.stream().mapToLong(job -> job.answeredAt).max().orElse(0);
        double archivesPerSecond = accepted.size() / (Math.max(1, lastAnswer - firstSent) / 1000.0);
        double seconds = Math.max(1, lastStored - firstSent) / 1000.0;
        double perSecondDone = latency.count() / seconds;
        String scenario = name;
        String label = run + (perSecond > 0 ? " (%d/s)".formatted(perSecond) : " (all at once)");

        report.figure(scenario, run + ".instances", services.size());
        report.figure(scenario, run + ".workOrders", jobs.size());
        report.figure(scenario, run + ".tenants", companies.size());
        report.figure(scenario, run + ".offeredPerSecond", perSecond);
        report.figure(scenario, run + ".latencyP50Ms", latency.count() == 0 ? null : latency.at(50));
        report.figure(scenario, run + ".latencyP99Ms", latency.count() == 0 ? null : latency.at(99));
        report.figure(scenario, run + ".latencyMaxMs", latency.count() == 0 ? null : latency.max());
        report.figure(scenario, run + ".latencyMinMs", latency.count() == 0 ? null : latency.at(0));
        report.figure(scenario, run + ".draftsPerSecond", Report.rounded(perSecondDone));
        report.figure(scenario, run + ".archivesPerSecond", Report.rounded(archivesPerSecond));
        report.figure(scenario, run + ".archiveCallP50Ms", archiveCalls.count() == 0 ? null : archiveCalls.at(50));
        report.figure(scenario, run + ".archiveCallP99Ms", archiveCalls.count() == 0 ? null : archiveCalls.at(99));
        report.figure(scenario, run + ".pushJobs", lag.count());
        report.figure(scenario, run + ".pushJobLagP50AtMostSeconds", lag.percentile(50));
        report.figure(scenario, run + ".pushJobLagP99AtMostSeconds", lag.percentile(99));
        report.figure(scenario, run + ".archiveRefused", failed);
        report.figure(scenario, run + ".notSent", notSent);
        report.figure(scenario, run + ".missingInFs", missing);
        report.figure(scenario, run + ".draftsInFs", draftsInFs);
        report.figure(scenario, run + ".duplicates", duplicates);

        boolean complete = failed == 0 && notSent == 0 && missing == 0;
        report.check(
                scenario,
                "%s: %,d work orders, %d tenants, %d instance(s)"
                        .formatted(label, jobs.size(), companies.size(), services.size()),
                "%,d drafts".formatted(latency.count()),
                "%,d".formatted(jobs.size()),
                complete);
        if (latency.count() > 0) {
            report.row(
                    scenario,
                    run + ": archive → draft in FS p50",
                    "%,d ms".formatted(latency.at(50)),
                    "< 1 s",
                    latency.at(50) < P50_GOAL_MS);
            report.row(
                    scenario,
                    run + ": archive → draft in FS p99",
                    "%,d ms".formatted(latency.at(99)),
                    "< 3 s",
                    latency.at(99) < P99_GOAL_MS);
        }
        report.row(
                scenario, run + ": drafts/s (first archive → last draft)", "%,.0f".formatted(perSecondDone), "", null);
        if (archiveCalls.count() > 0) {
            report.row(
                    scenario,
                    run + ": archive calls/s; call p50 / p99",
                    "%,.0f/s; %,d / %,d ms".formatted(archivesPerSecond, archiveCalls.at(50), archiveCalls.at(99)),
                    "",
                    null);
        }
        long fsLatency = options.number("fs_latency_ms");
        if (fsLatency > 0 && latency.count() > 0) {
            // each draft is two FS calls in a row (savename look-up, POST): while they last, a scheduler thread waits
            double waiting = perSecondDone * FS_CALLS_PER_DRAFT * fsLatency / 1000.0 / services.size();
            report.figure(scenario, run + ".threadsWaitingOnFsPerInstance", Report.rounded(waiting));
            report.row(
                    scenario,
                    run
                            + ": fastest draft; threads waiting on FS per instance (of %d)"
                                    .formatted(options.number("scheduler_threads")),
                    "%,d ms (≥ %d × %d ms); %.1f".formatted(latency.at(0), FS_CALLS_PER_DRAFT, fsLatency, waiting),
                    "",
                    null);
        }
        report.row(scenario, run + ": machine load (1/5/15 min) before → after", load, "", null);
        report.row(
                scenario,
                run + ": push job waited for a thread p50 / p99",
                LagHistogram.describe(lag.percentile(50)) + " / " + LagHistogram.describe(lag.percentile(99)),
                "",
                null);
        report.check(
                scenario,
                run + ": duplicate drafts (all runs so far)",
                "%,d".formatted(duplicates),
                "0",
                duplicates == 0);
        return perSecondDone;
    }
}
