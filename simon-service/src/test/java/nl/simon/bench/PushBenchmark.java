package nl.simon.bench;

import static nl.simon.bench.BenchSupport.JSON;
import static nl.simon.bench.BenchSupport.expect;
import static nl.simon.bench.BenchSupport.get;
import static nl.simon.bench.BenchSupport.millis;
import static nl.simon.bench.BenchSupport.port;
import static nl.simon.bench.BenchSupport.post;
import static nl.simon.bench.BenchSupport.quietLogging;
import static nl.simon.bench.BenchSupport.start;

import com.github.kagkarlsson.scheduler.CurrentlyExecuting;
import com.github.kagkarlsson.scheduler.event.AbstractSchedulerListener;
import com.github.kagkarlsson.scheduler.event.SchedulerListener;
import com.github.kagkarlsson.scheduler.event.SchedulerListener.CandidateEventType;
import com.github.kagkarlsson.scheduler.event.SchedulerListener.SchedulerEventType;
import com.github.kagkarlsson.scheduler.task.Execution;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;
import nl.simon.adapter.scheduling.PushTask;
import nl.simon.adapter.scheduling.SyncTask;
import nl.simon.bench.BenchSupport.Emulator;
import nl.simon.customer.Customer;
import nl.simon.customer.Customers;
import nl.simon.shared.TenantId;
import nl.simon.tenant.CreateTenant;
import nl.simon.testing.Api;
import nl.simon.testing.Wizard;
import nl.simon.workorder.NewWorkOrder;
import nl.simon.workorder.WorkOrder;
import nl.simon.workorder.WorkOrderId;
import nl.simon.workorder.WorkOrderUseCases;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;

/**
 * Issue 6, item 7: 1,000 work orders archived across 100 tenants, and the time from each archive's
 * commit until its draft invoice is in FactuurSturen (goal: p50 under 1 s, p99 under 3 s). The
 * emulator runs as a separate process (its standalone jar), PostgreSQL is zonky's embedded server,
 * and the service runs in this JVM with application.yml's db-scheduler settings, as in production.
 * Tenants are activated with the wizard over the REST API; work orders are made, completed and
 * archived with the use-case beans (as {@code TwoInstancesIT}); the push is the {@code fs-push} job.
 *
 * <p>Each archive's commit is timed in this JVM (when {@code archive()} returns). Later moments are
 * timed per work order: the push job's start and end (a db-scheduler listener, which also counts the
 * scheduler's fetches and stale candidates), {@code work_order.invoice_sent_at} (written right after FS
 * answered 201) and the first {@code GET invoices_saved} of its FS account whose answer holds the draft
 * (a poller with a fixed poll interval, asking only accounts with drafts still to come). Two runs:
 * "steady" (archives at a fixed rate from a few threads) and "burst" (all at once).
 * After each run every FS account must hold exactly the drafts archived so far, each once; the
 * benchmark exits non-zero otherwise. Not a test: it prints figures (see README, "Push latency").
 *
 * <p>Arguments, all optional, {@code key=value}: {@code tenants=100}, {@code per_tenant=10} (work
 * orders per tenant and run), {@code seconds=20} (length of the steady run), {@code archivers=4}
 * (threads that archive), {@code poll_ms=25} ({@code 0}: no poller, the goals are then judged on
 * SENT recorded), {@code clients=5} (FS clients per account), {@code burst=on},
 * {@code fs_latency_ms=0} (an experiment: the emulator holds back every answer
 * to the push's FS calls, POST invoices and the savename look-up, this long, as a slower FS would).
 * Arguments that start with {@code --} go to the service, e.g. {@code --db-scheduler.threads=8}.
 */
public final class PushBenchmark {
    private static final String PASSWORD = "bench-wachtwoord";
    private static final long P50_GOAL_MS = 1_000;
    private static final long P99_GOAL_MS = 3_000;
    private static final long ABSENT = Long.MIN_VALUE;
    private static final String USAGE = "tenants=100 per_tenant=10 seconds=20 archivers=4 poll_ms=25 clients=5"
            + " burst=on fs_latency_ms=0, and --<service property>=<value>";
    /** Work time and travel time as lines (0002 Werktijd, 0001 Reistijd), the description first, "WB <number>". */
    private static final String SETTINGS = """
            {"quotationsToWorkOrders": false, "quotationFilterWord": null, "quotationLinesAsUsedItems": true,
             "workDescriptionSource": "QUOTATION_NAME", "customerReferenceSource": "QUOTATION_REFERENCE",
             "travelTimeProductCode": "0001", "workTimeProductCode": "0002", "standardProductCode": null,
             "workOrderExclusionWord": null, "descriptionAsFirstLine": true,
             "invoiceReference": "WORK_ADDRESS", "invoiceName": "WORK_ORDER_NUMBER"}""";

    /** Every fs-push and fs-sync execution of the service, recorded by {@link Recorder}. */
    static final Queue<Run> RUNS = new ConcurrentLinkedQueue<>();
    private static final Map<String, Long> STARTED = new ConcurrentHashMap<>();
    /** db-scheduler's events: fetches of due executions (RAN_EXECUTE_DUE) and what became of each candidate. */
    static final Map<String, AtomicLong> EVENTS = new ConcurrentHashMap<>();

    record Run(String task, String id, long startNanos, long endNanos) {
    }

    private final int tenants;
    private final int perTenant;
    private final double seconds;
    private final int archivers;
    private final long pollMs;
    private final int clients;
    private final boolean burst;
    private final long fsLatencyMs;
    private final List<String> serviceArgs;
    private final BenchSupport.Table table = new BenchSupport.Table();
    private final List<Shop> shops = new ArrayList<>();
    private final List<Job> archived = new ArrayList<>();
    private boolean correct = true;

    /** A tenant with its FS account. */
    record Shop(int index, String username, String basic, TenantId tenant, List<Long> customers) {
    }

    /** One work order to archive, and the moments measured for it (nanoTime, except {@code committedAt}). */
    static final class Job {
        final Shop shop;
        final long workOrder;
        final String draftName;
        volatile long planned;
        volatile long started;
        volatile long committed;
        volatile Instant committedAt;
        volatile long seen;
        volatile String error;
        Instant sentAt;
        String state;
        int attempts;

        Job(Shop shop, long workOrder, String draftName) {
            this.shop = shop;
            this.workOrder = workOrder;
            this.draftName = draftName;
        }
    }

    public static void main(String[] args) throws Exception {
        List<String> ours = new ArrayList<>();
        List<String> service = new ArrayList<>();
        for (String arg : args) {
            (arg.startsWith("--") ? service : ours).add(arg);
        }
        Map<String, String> options = BenchSupport.options(ours, USAGE);
        quietLogging();
        new PushBenchmark(options, service).run();
    }

    private PushBenchmark(Map<String, String> options, List<String> serviceArgs) {
        tenants = Integer.parseInt(options.getOrDefault("tenants", "100"));
        perTenant = Integer.parseInt(options.getOrDefault("per_tenant", "10"));
        seconds = Double.parseDouble(options.getOrDefault("seconds", "20"));
        archivers = Integer.parseInt(options.getOrDefault("archivers", "4"));
        pollMs = Long.parseLong(options.getOrDefault("poll_ms", "25"));
        clients = Integer.parseInt(options.getOrDefault("clients", "5"));
        burst = !"off".equals(options.getOrDefault("burst", "on"));
        fsLatencyMs = Long.parseLong(options.getOrDefault("fs_latency_ms", "0"));
        this.serviceArgs = serviceArgs;
    }

    private void run() throws Exception {
        System.out.printf("service JVM: max heap %,d MB, %d CPUs, Java %s%n", Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        Emulator emulator = Emulator.start();
        EmbeddedPostgres postgres = null;
        ConfigurableApplicationContext app = null;
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(archivers);
        try {
            emulator.awaitUp();
            long started = System.nanoTime();
            List<String[]> accounts = accounts(emulator);
            System.out.printf("emulator (separate process, pid %d): %d accounts, each %d clients + products 0001"
                    + " Reistijd and 0002 Werktijd, made in %,d ms%n", emulator.process().pid(), tenants, clients,
                    millis(started));

            started = System.nanoTime();
            postgres = EmbeddedPostgres.builder().start();
            System.out.printf("embedded PostgreSQL (separate process; zonky's defaults, e.g. synchronous_commit=off)"
                    + " started in %,d ms%n", millis(started));
            started = System.nanoTime();
            app = start(postgres, List.of(Recorder.class), serviceArgs);
            System.out.printf("service started in this JVM (pid %d) in %,d ms; %s%n", ProcessHandle.current().pid(),
                    millis(started), schedulerSettings(app.getEnvironment()));

            activate(app, emulator, accounts);
            if (fsLatencyMs > 0) {
                for (String[] fault : new String[][] {{"invoices", "POST"}, {"search/invoices_saved", "GET"}}) {
                    post(emulator.control() + "faults", "{\"path\": \"%s\", \"method\": \"%s\", \"status\": 0,"
                            .formatted(fault[0], fault[1]) + " \"times\": -1, \"delayMs\": %d}".formatted(fsLatencyMs));
                }
                System.out.printf("experiment: the emulator answers POST invoices and GET search/invoices_saved/…"
                        + " %d ms late%n", fsLatencyMs);
            }
            try (Connection db = postgres.getPostgresDatabase().getConnection()) {
                measure("steady", app, emulator, db, pool, tenants * perTenant / seconds);
                if (burst) {
                    measure("burst", app, emulator, db, pool, 0);
                }
            }
            table.print();
            if (!correct) {
                throw new IllegalStateException("FactuurSturen does not hold exactly one draft per archived work order,"
                        + " or a work order is not SENT: see above");
            }
        } finally {
            long stopping = System.nanoTime();
            pool.shutdownNow();
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

    // ---------------------------------------------------------------- setting up

    /** FS accounts with clients and the two time products; answers {username, api key} per account. */
    private List<String[]> accounts(Emulator emulator) throws Exception {
        List<String[]> accounts = new ArrayList<>();
        for (int i = 0; i < tenants; i++) {
            String username = "bench-%03d".formatted(i);
            String key = "key-" + username;
            post(emulator.control() + "accounts", "{\"username\": \"%s\", \"apiKey\": \"%s\","
                    .formatted(username, key) + " \"hourlyLimit\": 10000000}");
            post(emulator.control() + "seed", "{\"username\": \"%s\", \"clients\": %d}".formatted(username, clients));
            String basic = basic(username, key);
            post(emulator.api() + "products", "{\"code\": \"0001\", \"name\": \"Reistijd\", \"price\": \"45.00\","
                    + " \"taxes\": \"21\"}", basic);
            post(emulator.api() + "products", "{\"code\": \"0002\", \"name\": \"Werktijd\", \"price\": \"62.50\","
                    + " \"taxes\": \"21\"}", basic);
            accounts.add(new String[] {username, key});
        }
        return accounts;
    }

    /** A tenant per account, activated with the wizard; waits for the imports, then saves the push settings. */
    private void activate(ConfigurableApplicationContext app, Emulator emulator, List<String[]> accounts) {
        int port = port(app);
        long started = System.nanoTime();
        List<Api> admins = new ArrayList<>();
        for (int i = 0; i < accounts.size(); i++) {
            String username = accounts.get(i)[0];
            String email = "admin@" + username + ".nl";
            TenantId tenant = app.getBean(CreateTenant.class).create(username, email, PASSWORD).id();
            Api admin = Api.at(port, email, PASSWORD);
            new Wizard(admin, emulator.api(), username, accounts.get(i)[1]).activate();
            admins.add(admin);
            shops.add(new Shop(i, username, basic(username, accounts.get(i)[1]), tenant, List.of()));
        }
        long activated = millis(started);
        Awaitility.await("initial imports").atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200))
                .until(() -> admins.stream().allMatch(admin ->
                        admin.get("/api/integration").json().at("/initialImport/finished").asBoolean()));
        long imported = millis(started);
        Customers customers = app.getBean(Customers.class);
        for (int i = 0; i < shops.size(); i++) {
            expect(admins.get(i).send("PUT", "/api/integration/settings", "application/json", SETTINGS), 200);
            Shop shop = shops.get(i);
            List<Long> ids = customers.search(shop.tenant(), null, clients, 0).stream()
                    .filter(c -> c.fsClientNr() != null).map(Customer::id).map(id -> id.value()).toList();
            if (ids.isEmpty()) {
                throw new IllegalStateException("no FS customer imported for " + shop.username());
            }
            shops.set(i, new Shop(shop.index(), shop.username(), shop.basic(), shop.tenant(), ids));
        }
        System.out.printf("%d tenants created and activated with the wizard in %,d ms, imports finished after %,d ms,"
                + " settings saved after %,d ms%n", tenants, activated, imported, millis(started));
    }

    /** {@code per_tenant} completed work orders per tenant with time registered, interleaved over the tenants. */
    private List<Job> prepare(ConfigurableApplicationContext app, ExecutorService pool) throws Exception {
        WorkOrderUseCases useCases = app.getBean(WorkOrderUseCases.class);
        long started = System.nanoTime();
        List<CompletableFuture<List<Job>>> perShop = new ArrayList<>();
        for (Shop shop : shops) {
            perShop.add(CompletableFuture.supplyAsync(() -> {
                List<Job> jobs = new ArrayList<>();
                for (int w = 0; w < perTenant; w++) {
                    long customer = shop.customers().get(w % shop.customers().size());
                    WorkOrder workOrder = useCases.create().create(shop.tenant(), new NewWorkOrder(customer, null,
                            "Onderhoud cv-ketel " + w, "REF-" + w));
                    useCases.registerTime().register(shop.tenant(), workOrder.id(), "Pieter", 60 + 15 * (w % 4), 15);
                    useCases.complete().complete(shop.tenant(), workOrder.id());
                    jobs.add(new Job(shop, workOrder.id().value(), "WB " + workOrder.number()));
                }
                return jobs;
            }, pool));
        }
        List<Job> interleaved = new ArrayList<>();
        List<List<Job>> all = new ArrayList<>();
        for (CompletableFuture<List<Job>> jobs : perShop) {
            all.add(jobs.get());
        }
        for (int w = 0; w < perTenant; w++) {
            for (List<Job> jobs : all) {
                interleaved.add(jobs.get(w));
            }
        }
        System.out.printf("%n%,d completed work orders with time registered, made in %,d ms%n", interleaved.size(),
                millis(started));
        return interleaved;
    }

    // ---------------------------------------------------------------- a run

    /** Archives a fresh set of work orders at {@code perSecond} (0: all at once) and reports the latencies. */
    private void measure(String name, ConfigurableApplicationContext app, Emulator emulator, Connection db,
            ScheduledThreadPoolExecutor pool, double perSecond) throws Exception {
        List<Job> jobs = prepare(app, pool);
        Archiver archive = new Archiver(app.getBean(WorkOrderUseCases.class));
        Map<String, Long> requestsBefore = fsRequests(emulator);
        Map<String, Long> eventsBefore = events();
        DraftPoller poller = new DraftPoller(emulator.api());
        ScheduledExecutorService pollTimer = Executors.newSingleThreadScheduledExecutor();
        boolean complete = true;
        try {
            if (pollMs > 0) {
                pollTimer.scheduleAtFixedRate(poller::sweep, 0, pollMs, TimeUnit.MILLISECONDS);
            }
            long anchor = System.nanoTime() + 50_000_000;
            for (int i = 0; i < jobs.size(); i++) {
                Job job = jobs.get(i);
                job.planned = anchor + (perSecond <= 0 ? 0 : (long) (i * 1e9 / perSecond));
                pool.schedule(() -> archive.archive(job, poller), job.planned - System.nanoTime(),
                        TimeUnit.NANOSECONDS);
            }
            Awaitility.await(name + " run: every archive done").atMost(Duration.ofMinutes(5))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> jobs.stream().allMatch(job -> job.committed != 0 || job.error != null));
            List<Job> committed = jobs.stream().filter(job -> job.error == null).toList();
            if (pollMs > 0) {
                Awaitility.await(name + " run: every draft seen in FS").atMost(Duration.ofMinutes(5))
                        .pollInterval(Duration.ofMillis(100)).until(() -> committed.stream()
                                .allMatch(job -> job.seen != 0));
            }
            Awaitility.await(name + " run: every push recorded and its job ended").atMost(Duration.ofMinutes(5))
                    .pollInterval(Duration.ofMillis(100)).until(() -> pushed(db, committed) == committed.size()
                            && pushRuns().keySet().containsAll(committed.stream().map(job -> job.workOrder).toList()));
        } catch (ConditionTimeoutException e) {
            complete = false;
        } finally {
            pollTimer.shutdownNow();
            pollTimer.awaitTermination(10, TimeUnit.SECONDS);
        }
        archived.addAll(jobs);
        Map<String, Long> requests = difference(fsRequests(emulator), requestsBefore);
        Map<String, Long> events = difference(events(), eventsBefore);
        readWorkOrders(db, jobs);
        report(name, jobs, perSecond, poller, requests, events, complete);
        verify(name, emulator, db);
    }

    /** The archive use case, timed; once committed, the poller starts asking FS for the draft. */
    private record Archiver(WorkOrderUseCases useCases) {
        void archive(Job job, DraftPoller poller) {
            job.started = System.nanoTime();
            try {
                useCases.archive().archive(job.shop.tenant(), new WorkOrderId(job.workOrder));
                job.committed = System.nanoTime();
                job.committedAt = Instant.now();
                poller.expect(job);
            } catch (RuntimeException e) {
                job.error = e.toString();
            }
        }
    }

    /** Work orders of {@code jobs} whose push has an outcome (no longer QUEUED). */
    private static long pushed(Connection db, List<Job> jobs) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement("SELECT count(*) FROM work_order WHERE id = ANY (?)"
                + " AND invoice_sync_state <> 'QUEUED'")) {
            statement.setArray(1, db.createArrayOf("bigint", jobs.stream().map(job -> job.workOrder).toArray()));
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void readWorkOrders(Connection db, List<Job> jobs) throws SQLException {
        Map<Long, Job> byId = new HashMap<>();
        jobs.forEach(job -> byId.put(job.workOrder, job));
        try (PreparedStatement statement = db.prepareStatement("SELECT id, invoice_sync_state, invoice_sent_at,"
                + " push_attempts, invoice_draft_name FROM work_order WHERE id = ANY (?)")) {
            statement.setArray(1, db.createArrayOf("bigint", byId.keySet().toArray()));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    Job job = byId.get(rs.getLong(1));
                    job.state = rs.getString(2);
                    Timestamp sent = rs.getTimestamp(3);
                    job.sentAt = sent == null ? null : sent.toInstant();
                    job.attempts = rs.getInt(4);
                    if (!job.draftName.equals(rs.getString(5))) {
                        job.error = "draft name " + rs.getString(5) + ", expected " + job.draftName;
                    }
                }
            }
        }
    }

    private void report(String name, List<Job> jobs, double perSecond, DraftPoller poller, Map<String, Long> requests,
            Map<String, Long> events, boolean complete) {
        List<Job> done = jobs.stream().filter(job -> job.committed != 0).toList();
        long firstCommit = done.stream().mapToLong(job -> job.committed).min().orElse(0);
        long lastCommit = done.stream().mapToLong(job -> job.committed).max().orElse(0);
        ToLongFunction<Job> sentNanos = job -> job.sentAt == null ? ABSENT
                : Duration.between(job.committedAt, job.sentAt).toNanos();
        // the moment a draft counts as there: seen in the emulator, or (no poll) SENT recorded
        ToLongFunction<Job> there = pollMs > 0 ? job -> job.seen == 0 ? ABSENT : job.seen - job.committed : sentNanos;
        long lastThere = done.stream().mapToLong(job -> there.applyAsLong(job) == ABSENT ? 0
                : job.committed + there.applyAsLong(job)).max().orElse(0);
        Map<Long, List<Run>> pushRuns = pushRuns();
        List<Run> syncRuns = RUNS.stream().filter(run -> run.task().equals(SyncTask.NAME)
                && run.endNanos() >= firstCommit && run.startNanos() <= lastThere).toList();
        long executions = done.stream().mapToLong(job -> pushRuns.getOrDefault(job.workOrder, List.of()).size()).sum();

        System.out.printf("%n%s run: %,d archives %s from %d threads; archiving took %,d ms (%,.1f/s); load average"
                + " %.1f at the end%n", name, jobs.size(), perSecond > 0 ? "offered at %,.0f/s".formatted(perSecond)
                : "offered at once", archivers, (lastCommit - firstCommit) / 1_000_000,
                done.size() * 1e9 / Math.max(1, lastCommit - firstCommit),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf("  archive() call: p50 %,d ms, p99 %,d ms, max %,d ms; started late against the plan by at"
                + " most %,d ms%n", percentile(done, j -> j.committed - j.started, 50) / 1_000_000,
                percentile(done, j -> j.committed - j.started, 99) / 1_000_000,
                percentile(done, j -> j.committed - j.started, 100) / 1_000_000,
                percentile(done, j -> j.started - j.planned, 100) / 1_000_000);
        System.out.printf("  %-50s %6s %7s %7s %7s %7s%n", "ms after the archive's commit", "count", "p50", "p90",
                "p99", "max");
        latencyRow("push job started (db-scheduler picked it)", done, job -> runs(pushRuns, job).isEmpty()
                ? ABSENT : runs(pushRuns, job).get(0).startNanos() - job.committed);
        latencyRow("push job finished", done, job -> runs(pushRuns, job).isEmpty()
                ? ABSENT : runs(pushRuns, job).get(runs(pushRuns, job).size() - 1).endNanos() - job.committed);
        long[] sent = latencyRow("SENT recorded (work_order.invoice_sent_at)", done, sentNanos);
        String goalOf = "draft in FS";
        long[] seen;
        if (pollMs > 0) {
            seen = latencyRow("draft seen in the emulator (poll)", done, there);
            System.out.printf("  poll: every %d ms, %,d sweeps, a sweep (GET invoices_saved of each account still"
                    + " awaiting a draft, in parallel) took mean %.1f ms, max %,d ms; %,d requests%n", pollMs,
                    poller.sweeps.get(), poller.sweepNanos.get() / 1e6 / Math.max(1, poller.sweeps.get()),
                    poller.maxSweepNanos.get() / 1_000_000, poller.requests.get());
        } else {
            seen = sent;
            goalOf = "SENT (no poll)";
            System.out.println("  poll: off (poll_ms=0); the goals are judged on SENT recorded");
        }
        double drafts = done.stream().filter(job -> there.applyAsLong(job) != ABSENT).count();
        double wall = (lastThere - firstCommit) / 1e9;
        System.out.printf("  throughput: %,.0f drafts from the first commit to the last %s in %.1f s = %.1f"
                + " drafts/s%n", drafts, pollMs > 0 ? "draft seen" : "SENT", wall, drafts / Math.max(wall, 1e-9));
        System.out.printf("  push executions: %,d for %,d work orders; push attempts (work_order.push_attempts) > 1:"
                + " %d; fs-sync runs overlapping the run: %d%n", executions, done.size(),
                done.stream().filter(job -> job.attempts > 1).count(), syncRuns.size());
        long startedWhileArchiving = done.stream().filter(job -> !runs(pushRuns, job).isEmpty()
                && runs(pushRuns, job).get(0).startNanos() <= lastCommit).count();
        System.out.printf("  db-scheduler during the run: %s; push jobs started before the last archive committed:"
                + " %,d%n", events, startedWhileArchiving);
        int[] finished = new int[(int) ((lastThere - firstCommit) / 1_000_000_000L) + 1];
        done.stream().filter(job -> !runs(pushRuns, job).isEmpty()).mapToLong(job -> runs(pushRuns, job).get(0)
                .endNanos()).forEach(end -> finished[(int) Math.max(0, Math.min(finished.length - 1,
                        (end - firstCommit) / 1_000_000_000L))]++);
        System.out.printf("  push jobs finished per second after the first commit: %s%n", Arrays.toString(finished));
        System.out.printf("  FS API requests during the run: %s%n", requests);
        jobs.stream().filter(job -> job.error != null).limit(5)
                .forEach(job -> System.out.printf("  ERROR work order %d: %s%n", job.workOrder, job.error));

        boolean allSeen = complete && done.size() == jobs.size() && drafts == jobs.size();
        table.add(name + ": archive → " + goalOf + ", p50", "%,d ms".formatted(seen[0]), "< 1,000 ms",
                allSeen && seen[0] < P50_GOAL_MS);
        table.add(name + ": archive → " + goalOf + ", p99", "%,d ms".formatted(seen[2]), "< 3,000 ms",
                allSeen && seen[2] < P99_GOAL_MS);
        table.add(name + ": archive → " + goalOf + ", p90 / max", "%,d / %,d ms".formatted(seen[1], seen[3]), "",
                null);
        table.add(name + ": archive → SENT recorded, p50 / p99", "%,d / %,d ms".formatted(sent[0], sent[2]), "",
                null);
        table.add(name + ": drafts/s (first commit → last draft)", "%.1f".formatted(drafts / Math.max(wall, 1e-9)),
                "", null);
        if (!allSeen) {
            correct = false;
            table.add(name + ": drafts there in time", "%,.0f of %,d".formatted(drafts, jobs.size()), "all", false);
        }
    }

    /** The fs-push executions recorded so far, per work order, in the order they ended. */
    private static Map<Long, List<Run>> pushRuns() {
        Map<Long, List<Run>> runs = new HashMap<>();
        for (Run run : RUNS) {
            if (run.task().equals(PushTask.NAME)) {
                runs.computeIfAbsent(Long.parseLong(run.id()), id -> new ArrayList<>()).add(run);
            }
        }
        return runs;
    }

    private static List<Run> runs(Map<Long, List<Run>> pushRuns, Job job) {
        return pushRuns.getOrDefault(job.workOrder, List.of());
    }

    /**
     * Prints count, p50, p90, p99 and max in ms of the values that are not {@link #ABSENT}; answers them
     * (without count). A job may start a fraction of a millisecond before {@code archive()} returned to
     * the archiving thread (the scheduler is woken in the commit's after-commit hook): counted as 0.
     */
    private static long[] latencyRow(String what, List<Job> jobs, ToLongFunction<Job> nanos) {
        long[] values = jobs.stream().mapToLong(nanos).filter(v -> v != ABSENT).map(v -> Math.max(0, v)).sorted()
                .toArray();
        long[] figures = {rank(values, 50), rank(values, 90), rank(values, 99), rank(values, 100)};
        System.out.printf("  → %-48s %,6d %,7d %,7d %,7d %,7d%n", what, values.length, figures[0], figures[1],
                figures[2], figures[3]);
        return figures;
    }

    /** Nearest-rank percentile of sorted nanos, in ms (-1 when there are none). */
    private static long rank(long[] sorted, double percentile) {
        if (sorted.length == 0) {
            return -1;
        }
        int index = (int) Math.ceil(percentile / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1_000_000;
    }

    private static long percentile(List<Job> jobs, ToLongFunction<Job> nanos, double percentile) {
        long[] values = jobs.stream().mapToLong(nanos).sorted().toArray();
        return values.length == 0 ? -1 : rank(values, percentile) * 1_000_000;
    }

    // ---------------------------------------------------------------- exactly once

    /** Every account holds exactly the drafts archived so far, each once; every work order is SENT. */
    private void verify(String name, Emulator emulator, Connection db) throws Exception {
        Map<Shop, List<String>> expected = new HashMap<>();
        archived.forEach(job -> expected.computeIfAbsent(job.shop, s -> new ArrayList<>()).add(job.draftName));
        long drafts = 0;
        long duplicates = 0;
        long missing = 0;
        long unexpected = 0;
        for (Shop shop : shops) {
            HttpResponse<String> response = BenchSupport.HTTP.send(HttpRequest.newBuilder(
                    URI.create(emulator.api() + "invoices_saved?count=-1")).header("Authorization", shop.basic())
                    .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
            List<String> names = names(response.body());
            drafts += names.size();
            Map<String, Integer> counts = new HashMap<>();
            names.forEach(n -> counts.merge(n, 1, Integer::sum));
            duplicates += counts.values().stream().filter(c -> c > 1).mapToInt(c -> c - 1).sum();
            List<String> wanted = expected.getOrDefault(shop, List.of());
            missing += wanted.stream().filter(n -> !counts.containsKey(n)).count();
            unexpected += counts.keySet().stream().filter(n -> !wanted.contains(n)).count();
        }
        long posts = JSON.readTree(get(emulator.control() + "stats")).at("/requests/POST invoices").asLong();
        long notSent = archived.stream().filter(job -> !"SENT".equals(job.state)).count();
        boolean exact = drafts == archived.size() && duplicates == 0 && missing == 0 && unexpected == 0;
        System.out.printf("  exactly once (all %,d archived so far): %,d drafts in %d FS accounts, %d duplicates,"
                + " %d missing, %d unexpected; %,d POST invoices; %d work orders not SENT%n", archived.size(), drafts,
                shops.size(), duplicates, missing, unexpected, posts, notSent);
        correct &= exact && notSent == 0;
        table.add(name + ": drafts in FS (dup / missing), not SENT", "%,d (%d / %d), %d".formatted(drafts, duplicates,
                missing, notSent), "%,d (0 / 0), 0".formatted(archived.size()), exact && notSent == 0);
    }

    private static List<String> names(String body) {
        List<String> names = new ArrayList<>();
        for (JsonNode draft : JSON.readTree(body)) {
            names.add(draft.get("name").asString());
        }
        return names;
    }

    // ---------------------------------------------------------------- the poller

    /**
     * Asks each FS account that still owes a draft for its saved invoices, all such accounts in
     * parallel, once per poll interval; a draft counts as seen when the first answer holding it arrives.
     * The emulator lists drafts in the order it stored them, so a poll asks only for the rows after
     * those already seen ({@code start}), less {@link #OVERLAP} in case two drafts of one account were
     * stored at once and the later one became visible first: the answers stay a few rows long.
     */
    private static final class DraftPoller {
        private static final int OVERLAP = 5;
        private final HttpClient http = HttpClient.newHttpClient();
        private final String api;
        private final Map<Shop, Map<String, Job>> outstanding = new ConcurrentHashMap<>();
        private final Map<Shop, Integer> listed = new ConcurrentHashMap<>();
        final AtomicLong sweeps = new AtomicLong();
        final AtomicLong requests = new AtomicLong();
        final AtomicLong sweepNanos = new AtomicLong();
        final AtomicLong maxSweepNanos = new AtomicLong();

        DraftPoller(String api) {
            this.api = api;
        }

        void expect(Job job) {
            outstanding.computeIfAbsent(job.shop, shop -> new ConcurrentHashMap<>()).put(job.draftName, job);
        }

        /** One sweep; never throws (a scheduled task that throws is not run again). */
        void sweep() {
            long begin = System.nanoTime();
            try {
                List<CompletableFuture<Void>> calls = new ArrayList<>();
                outstanding.forEach((shop, waiting) -> {
                    if (!waiting.isEmpty()) {
                        requests.incrementAndGet();
                        int start = Math.max(0, listed.getOrDefault(shop, 0) - OVERLAP);
                        HttpRequest list = HttpRequest.newBuilder(URI.create(api + "invoices_saved?count=-1&start="
                                + start)).header("Authorization", shop.basic()).header("Accept", "application/json")
                                .build();
                        calls.add(http.sendAsync(list, HttpResponse.BodyHandlers.ofString())
                                .thenAccept(response -> seen(shop, start, waiting, response, System.nanoTime())));
                    }
                });
                CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).join();
            } catch (RuntimeException e) {
                System.out.printf("  poll failed: %s%n", e);
            }
            long took = System.nanoTime() - begin;
            sweeps.incrementAndGet();
            sweepNanos.addAndGet(took);
            maxSweepNanos.accumulateAndGet(took, Math::max);
        }

        private void seen(Shop shop, int start, Map<String, Job> waiting, HttpResponse<String> response, long at) {
            if (response.statusCode() != 200) {
                return;
            }
            List<String> names = names(response.body());
            for (String name : names) {
                Job job = waiting.remove(name);
                if (job != null) {
                    job.seen = at;
                }
            }
            listed.merge(shop, start + names.size(), Math::max);
        }
    }

    // ---------------------------------------------------------------- the service's side

    /** Records every job execution of the service with monotonic start and end times (as TwoInstancesIT). */
    @Configuration(proxyBeanMethods = false)
    static class Recorder {
        @Bean
        SchedulerListener benchmarkRecorder() {
            return new AbstractSchedulerListener() {
                @Override
                public void onExecutionStart(CurrentlyExecuting executing) {
                    STARTED.put(key(executing.getExecution()), System.nanoTime());
                }

                @Override
                public void onSchedulerEvent(SchedulerEventType type) {
                    if (type == SchedulerEventType.RAN_EXECUTE_DUE) {
                        EVENTS.computeIfAbsent("fetches", k -> new AtomicLong()).incrementAndGet();
                    }
                }

                @Override
                public void onCandidateEvent(CandidateEventType type) {
                    EVENTS.computeIfAbsent("candidates " + type.name().toLowerCase(Locale.ROOT).replace('_', ' '),
                            k -> new AtomicLong()).incrementAndGet();
                }

                @Override
                public void onExecutionComplete(ExecutionComplete complete) {
                    long end = System.nanoTime();
                    Execution execution = complete.getExecution();
                    Long start = STARTED.remove(key(execution));
                    RUNS.add(new Run(execution.taskInstance.getTaskName(), execution.taskInstance.getId(),
                            start == null ? end : start, end));
                }
            };
        }

        private static String key(Execution execution) {
            return execution.taskInstance.getTaskName() + "/" + execution.taskInstance.getId() + "/"
                    + execution.executionTime;
        }
    }

    private static String schedulerSettings(Environment environment) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String name : List.of("threads", "polling-interval", "polling-strategy", "immediate-execution-enabled",
                "polling-strategy-lower-limit-fraction-of-threads",
                "polling-strategy-upper-limit-fraction-of-threads")) {
            settings.put(name, environment.getProperty("db-scheduler." + name, "(default)"));
        }
        return "db-scheduler " + settings + ", pool " + environment.getProperty(
                "spring.datasource.hikari.maximum-pool-size", "(default)");
    }

    /** The emulator's request counts per "METHOD path", with the search paths (one per name) summed. */
    private static Map<String, Long> fsRequests(Emulator emulator) throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        JsonNode requests = JSON.readTree(get(emulator.control() + "stats")).get("requests");
        for (String key : requests.propertyNames()) {
            String kind = key.startsWith("GET search/invoices_saved/") ? "GET search/invoices_saved/…" : key;
            counts.merge(kind, requests.get(key).asLong(), Long::sum);
        }
        return counts;
    }

    private static Map<String, Long> events() {
        Map<String, Long> events = new TreeMap<>();
        EVENTS.forEach((name, count) -> events.put(name, count.get()));
        return events;
    }

    private static Map<String, Long> difference(Map<String, Long> after, Map<String, Long> before) {
        Map<String, Long> difference = new LinkedHashMap<>();
        after.forEach((key, count) -> {
            long made = count - before.getOrDefault(key, 0L);
            if (made > 0) {
                difference.put(key, made);
            }
        });
        return difference;
    }

    private static String basic(String username, String key) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + key).getBytes(StandardCharsets.UTF_8));
    }
}
