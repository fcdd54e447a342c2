package nl.simon.integration.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import nl.simon.factuursturen.emulator.EmulatedAccount;
import nl.simon.factuursturen.emulator.FactuurSturenEmulator;
import nl.simon.factuursturen.emulator.Fault;
import nl.simon.testing.Api;
import nl.simon.testing.RestartablePostgres;
import nl.simon.testing.ServiceProcess;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Chaos: two service processes on one PostgreSQL (production settings), three companies whose drafts
 * are named after the customer reference (references collide, also in case only), a couple of hundred
 * archives in concurrent bursts through both instances while FactuurSturen fails in every way the
 * emulator can (5xx, a lost answer after it stored the draft, slow answers, a 400 rejection, a refused
 * key), one instance is killed with SIGKILL mid-burst and PostgreSQL is restarted mid-burst. At the end
 * every archived work order is accounted for: SENT with exactly one draft in FS that is its own (its
 * client, its lines), or FAILED with a true reason (only an injected 400 can reject); none QUEUED, no
 * draft twice, no draft without its work order. Seeded, with bounded waits.
 *
 * <p>The quota (403 with {@code X-RateLimit-Remaining: 0}) is not among the faults: a spent quota
 * rightly holds pushes until the next full hour, which no bounded test can wait for
 * ({@code InvoicePushIT} covers it).
 */
class ChaosIT {
    static final long SEED = 20_261_203L;
    static final int COMPANIES = 3;
    static final int CLIENTS = 4;
    static final int PER_COMPANY = 72;
    static final int BURSTS = 6;
    static final String PASSWORD = "wachtwoord";
    static final List<String> REFERENCES =
            List.of("REF-1", "REF-2", "ref-2", "REF-3", "Ref-3", "KAST-7", "kast-7", "WB 1");
    static final String SETTINGS = """
            {"quotationsToWorkOrders": false, "quotationFilterWord": null, "quotationLinesAsUsedItems": true,
             "workDescriptionSource": "QUOTATION_NAME", "customerReferenceSource": "QUOTATION_REFERENCE",
             "travelTimeProductCode": null, "workTimeProductCode": "0002", "standardProductCode": null,
             "workOrderExclusionWord": null, "descriptionAsFirstLine": true,
             "invoiceReference": "NOTHING", "invoiceName": "CUSTOMER_REFERENCE"}""";
    static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final JsonMapper JSON = JsonMapper.builder().build();

    /** What the test archived: enough to recognise the work order's own draft. */
    record Expected(int company, long id, String clientnr, String description, BigDecimal hours, String reference) {}

    record Company(int index, String account, String key, String email, Map<String, Long> customerByClientnr) {}

    private final Random random = new Random(SEED);
    private final Map<String, Integer> rejectionsInjected = new ConcurrentHashMap<>();

    @Test
    void every_archived_work_order_is_accounted_for_after_faults_a_kill_and_a_database_restart() throws Exception {
        long began = System.nanoTime();
        try (RestartablePostgres postgres = RestartablePostgres.startWithDatabase("chaos");
                FactuurSturenEmulator emulator = FactuurSturenEmulator.start(0);
                ServiceProcess a = ServiceProcess.launch("chaos-a", postgres.jdbcUrl("chaos"));
                ServiceProcess b = ServiceProcess.launch("chaos-b", postgres.jdbcUrl("chaos"))) {
            a.awaitHealthy();
            b.awaitHealthy();
            JdbcClient jdbc = JdbcClient.create(postgres.dataSource("chaos"));
            List<Company> companies = new ArrayList<>();
            for (int c = 0; c < COMPANIES; c++) {
                companies.add(activated(c, jdbc, emulator, a));
            }
            List<Expected> expected = new ArrayList<>();
            for (Company company : companies) {
                for (int i = 0; i < PER_COMPANY; i++) {
                    expected.add(completed(company, i, i % 2 == 0 ? a : b));
                }
            }
            Collections.shuffle(expected, random);
            Map<Integer, Company> byIndex = companies.stream().collect(Collectors.toMap(Company::index, c -> c));
            Instances instances = new Instances(a, b);
            int size = expected.size() / BURSTS;
            long chaosBegan = System.nanoTime();

            // 1: FS fails with 500 before it stores anything
            emulator.addFault(Fault.failing("POST", "invoices", 500).times(4));
            burst(expected.subList(0, size), byIndex, instances, null);
            // 2: FS stores the draft, but the answer is a 500 (a lost response)
            emulator.addFault(Fault.lostResponse("POST", "invoices", 500).times(4));
            burst(expected.subList(size, 2 * size), byIndex, instances, null);
            // 3: slow answers, and instance B is killed (SIGKILL) halfway; it is started again afterwards
            emulator.addFault(Fault.delayed("POST", "invoices", 1_500).times(8));
            emulator.addFault(new Fault("invoices", "POST", 0, 2, true, 20_000));
            burst(expected.subList(2 * size, 3 * size), byIndex, instances, () -> {
                instances.down(b);
                b.kill();
            });
            b.launch();
            // 4: FS rejects two drafts (400): the only true reason for FAILED here
            emulator.addFault(Fault.failing("POST", "invoices", 400).times(2));
            rejectionsInjected.put("Emulated fault: 400", 2);
            burst(expected.subList(3 * size, 4 * size), byIndex, instances, null);
            // an instance cannot start while the database is down: B is back before PostgreSQL restarts
            b.awaitHealthy();
            instances.up(b);
            // 5: PostgreSQL restarts halfway
            emulator.addFault(Fault.delayed("POST", "invoices", 800).times(10));
            burst(expected.subList(4 * size, 5 * size), byIndex, instances, () -> {
                postgres.stop();
                Awaitility.await()
                        .pollDelay(Duration.ofSeconds(8))
                        .atMost(Duration.ofSeconds(9))
                        .until(() -> true);
                postgres.start();
            });
            // 6: FS refuses the key once (401): the company is suspended until it connects again
            emulator.addFault(Fault.failing("POST", "invoices", 401).times(1));
            burst(expected.subList(5 * size, expected.size()), byIndex, instances, null);
            // the refused key is met by a push (asynchronously): wait until it was, and its company suspended
            Awaitility.await()
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> emulator.faults().stream().noneMatch(fault -> fault.status() == 401)
                            && suspended(companies, instances) > 0);
            emulator.clearFaults();
            reconnectSuspended(companies, emulator, instances);

            long quiet = System.nanoTime();
            List<Long> ids = expected.stream().map(Expected::id).toList();
            try {
                Awaitility.await()
                        .atMost(Duration.ofSeconds(150))
                        .pollInterval(Duration.ofSeconds(1))
                        .until(() -> queued(jdbc, ids) == 0);
            } catch (org.awaitility.core.ConditionTimeoutException e) {
                System.out.printf("chaos: still QUEUED after 150 s: %d%n", queued(jdbc, ids));
            }
            double quiescence = (System.nanoTime() - quiet) / 1e9;
            accountFor(expected, byIndex, jdbc, emulator, chaosBegan, quiescence, began);
        }
    }

    /** Checks every work order against FS and prints the figures; all findings at once. */
    private void accountFor(
            List<Expected> expected,
            Map<Integer, Company> companies,
            JdbcClient jdbc,
            FactuurSturenEmulator emulator,
            long chaosBegan,
            double quiescence,
            long began) {
        Map<Long, Map<String, Object>> rows = new HashMap<>();
        jdbc.sql("SELECT id, invoice_sync_state, invoice_sync_message, fs_draft_id, invoice_draft_name FROM work_order")
                .query((rs, n) -> {
                    Map<String, Object> row = new HashMap<>();
                    row.put("state", rs.getString(2));
                    row.put("message", rs.getString(3));
                    row.put("draft", rs.getString(4));
                    row.put("name", rs.getString(5));
                    rows.put(rs.getLong(1), row);
                    return null;
                })
                .list();
        Map<String, List<JsonNode>> draftsByDescription = new HashMap<>();
        List<String> problems = new ArrayList<>();
        int drafts = 0;
        for (Company company : companies.values()) {
            for (JsonNode draft : drafts(emulator, company)) {
                drafts++;
                String description = firstText(draft);
                if (description == null || !description.startsWith("Chaos " + company.index() + "-")) {
                    problems.add("draft without a work order: " + company.account() + " " + draft.get("name"));
                    continue;
                }
                draftsByDescription
                        .computeIfAbsent(description, d -> new ArrayList<>())
                        .add(draft);
            }
        }
        Map<String, Integer> perState = new java.util.TreeMap<>();
        int failedRejections = 0;
        for (Expected work : expected) {
            Map<String, Object> row = rows.get(work.id());
            String state = (String) row.get("state");
            perState.merge(state, 1, Integer::sum);
            List<JsonNode> own = draftsByDescription.getOrDefault(work.description(), List.of());
            String label = "work order " + work.id() + " (" + work.description() + ", reference " + work.reference()
                    + ", " + state + ", " + row.get("message") + ")";
            if (own.size() > 1) {
                problems.add(label + ": " + own.size() + " drafts");
            }
            switch (state) {
                case "SENT" -> {
                    if (own.isEmpty()) {
                        problems.add(label + ": SENT but FS has no draft of it (marked on draft " + row.get("draft")
                                + " named " + row.get("name") + ")");
                    } else {
                        JsonNode draft = own.get(0);
                        if (!draft.get("id").asString().equals(row.get("draft"))) {
                            problems.add(label + ": recorded draft " + row.get("draft") + " but its own is "
                                    + draft.get("id").asString());
                        }
                        if (!work.clientnr().equals(draft.get("clientnr").asString())) {
                            problems.add(label + ": draft for client "
                                    + draft.get("clientnr").asString());
                        }
                        if (!hasHours(draft, work.hours())) {
                            problems.add(label + ": draft lines are not its own: " + draft.get("lines"));
                        }
                    }
                }
                case "FAILED" -> {
                    String message = String.valueOf(row.get("message"));
                    boolean injected = rejectionsInjected.keySet().stream().anyMatch(message::contains);
                    if (injected) {
                        failedRejections++;
                    } else {
                        problems.add(label + ": FAILED without an injected rejection");
                    }
                    if (!own.isEmpty()) {
                        problems.add(label + ": FAILED although FS has its draft "
                                + own.get(0).get("id"));
                    }
                }
                default -> problems.add(label + ": " + state + " after the chaos (no deactivation, no exclusion word)");
            }
        }
        int injectedRejections =
                rejectionsInjected.values().stream().mapToInt(Integer::intValue).sum();
        if (failedRejections > injectedRejections) {
            problems.add(failedRejections + " FAILED by a rejection, but only " + injectedRejections + " injected");
        }
        System.out.printf(
                "chaos: %d work orders, per state %s, %d drafts, %d problems; quiescence %.1f s after the"
                        + " last burst, chaos %.1f s, whole test %.1f s%n",
                expected.size(),
                perState,
                drafts,
                problems.size(),
                quiescence,
                (System.nanoTime() - chaosBegan) / 1e9,
                (System.nanoTime() - began) / 1e9);
        problems.forEach(problem -> System.out.println("chaos problem: " + problem));
        assertThat(problems).as("every archived work order accounted for").isEmpty();
        assertThat(drafts).isEqualTo(perState.getOrDefault("SENT", 0));
    }

    /** Archives {@code work} concurrently over the live instances; {@code halfway} runs after half of them. */
    private void burst(List<Expected> work, Map<Integer, Company> companies, Instances instances, Runnable halfway)
            throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(6);
        try {
            int half = work.size() / 2;
            archiveAll(work.subList(0, half), companies, instances, callers);
            if (halfway != null) {
                halfway.run();
            }
            archiveAll(work.subList(half, work.size()), companies, instances, callers);
        } finally {
            callers.shutdown();
            callers.awaitTermination(2, TimeUnit.MINUTES);
        }
    }

    private void archiveAll(
            List<Expected> work, Map<Integer, Company> companies, Instances instances, ExecutorService callers)
            throws Exception {
        List<Future<?>> calls = new ArrayList<>();
        AtomicInteger turn = new AtomicInteger();
        for (Expected one : work) {
            calls.add(callers.submit(
                    () -> archive(one, companies.get(one.company()), instances, turn.getAndIncrement())));
        }
        for (Future<?> call : calls) {
            call.get(2, TimeUnit.MINUTES);
        }
    }

    /** Archives once, whatever the instance or database does meanwhile: a 503 or a dead instance means try again. */
    private static void archive(Expected work, Company company, Instances instances, int turn) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    ServiceProcess instance = instances.pick(turn);
                    Api api = Api.at(instance.port(), company.email(), PASSWORD);
                    try {
                        int status = api.post("/api/work-orders/" + work.id() + "/archive")
                                .status();
                        if (status == 200) {
                            return true;
                        }
                        if (status == 409) {
                            return "ARCHIVED"
                                    .equals(api.get("/api/work-orders/" + work.id())
                                            .text("status"));
                        }
                        if (status != 503) {
                            throw new AssertionError("archive " + work.id() + " answered " + status);
                        }
                        return false;
                    } catch (UncheckedIOException refused) {
                        return false;
                    }
                });
    }

    private static long suspended(List<Company> companies, Instances instances) {
        return companies.stream()
                .filter(company -> Api.at(instances.pick(0).port(), company.email(), PASSWORD)
                                .get("/api/integration")
                                .text("suspendedReason")
                        != null)
                .count();
    }

    private static void reconnectSuspended(
            List<Company> companies, FactuurSturenEmulator emulator, Instances instances) {
        for (Company company : companies) {
            Api admin = Api.at(instances.pick(0).port(), company.email(), PASSWORD);
            String reason = admin.get("/api/integration").text("suspendedReason");
            if (reason != null) {
                System.out.printf("chaos: %s suspended (%s); connecting again%n", company.account(), reason);
                assertThat(admin.post(
                                        "/api/integration/connect",
                                        "{\"username\": \"%s\", \"apiKey\": \"%s\", \"baseUrl\": \"%s\"}"
                                                .formatted(company.account(), company.key(), emulator.baseUrl()))
                                .status())
                        .isEqualTo(200);
            }
        }
    }

    private Company activated(int index, JdbcClient jdbc, FactuurSturenEmulator emulator, ServiceProcess instance) {
        String name = "chaos-" + index;
        EmulatedAccount account = emulator.createAccount(name, name + "-key", 100_000);
        for (int c = 0; c < CLIENTS; c++) {
            account.create("clients", Map.of("company", "Klant " + index + "-" + c));
        }
        account.create("products", Map.of("code", "0002", "name", "Werktijd", "price", 60, "taxes", "21"));
        String email = adminOf(jdbc, name);
        Api admin = Api.at(instance.port(), email, PASSWORD);
        expect(admin.post("/api/integration/wipe", nl.simon.testing.Wizard.ALL_TABLES), 200);
        expect(
                admin.post(
                        "/api/integration/connect",
                        "{\"username\": \"%s\", \"apiKey\": \"%s\", \"baseUrl\": \"%s\"}"
                                .formatted(name, name + "-key", emulator.baseUrl())),
                200);
        expect(admin.send("PUT", "/api/integration/settings", "application/json", SETTINGS), 200);
        expect(admin.post("/api/integration/activate", "{\"acceptTerms\": true}"), 200);
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> admin.get("/api/integration")
                        .json()
                        .at("/initialImport/finished")
                        .asBoolean());
        Map<String, Long> customers = new LinkedHashMap<>();
        admin.get("/api/customers")
                .json()
                .valueStream()
                .filter(c -> !c.get("fsClientNr").isNull())
                .forEach(c -> customers.put(
                        c.get("fsClientNr").asString(), c.get("id").asLong()));
        assertThat(customers).hasSize(CLIENTS);
        return new Company(index, name, name + "-key", email, customers);
    }

    private Expected completed(Company company, int i, ServiceProcess instance) {
        Api admin = Api.at(instance.port(), company.email(), PASSWORD);
        List<String> clientnrs = new ArrayList<>(company.customerByClientnr().keySet());
        String clientnr = clientnrs.get(random.nextInt(clientnrs.size()));
        String reference = REFERENCES.get(random.nextInt(REFERENCES.size()));
        String description = "Chaos " + company.index() + "-" + i;
        long id = expect(
                        admin.post(
                                "/api/work-orders",
                                "{\"customerId\": %d, \"description\": \"%s\", \"customerReference\": \"%s\"}"
                                        .formatted(company.customerByClientnr().get(clientnr), description, reference)),
                        201)
                .id();
        int minutes = 15 * (i + 1);
        expect(
                admin.post(
                        "/api/work-orders/" + id + "/timesheets",
                        "{\"employee\": \"Pieter\", \"workMinutes\": %d}".formatted(minutes)),
                201);
        expect(admin.post("/api/work-orders/" + id + "/complete"), 200);
        return new Expected(
                company.index(),
                id,
                clientnr,
                description,
                BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60)),
                reference);
    }

    private static long queued(JdbcClient jdbc, List<Long> ids) {
        try {
            return jdbc.sql("SELECT count(*) FROM work_order WHERE id IN (:ids) AND invoice_sync_state = 'QUEUED'")
                    .param("ids", ids)
                    .query(Long.class)
                    .single();
        } catch (RuntimeException databaseRestarting) {
            return -1;
        }
    }

    private static List<JsonNode> drafts(FactuurSturenEmulator emulator, Company company) {
        String token = Base64.getEncoder()
                .encodeToString((company.account() + ":" + company.key()).getBytes(StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "invoices_saved?count=-1"))
                            .header("Authorization", "Basic " + token)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            List<JsonNode> drafts = new ArrayList<>();
            JSON.readTree(response.body()).forEach(drafts::add);
            return drafts;
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<JsonNode> lines(JsonNode draft) {
        List<JsonNode> lines = new ArrayList<>();
        JsonNode node = draft.get("lines");
        if (node != null) {
            node.forEach(lines::add);
        }
        return lines;
    }

    private static String firstText(JsonNode draft) {
        return lines(draft).stream()
                .map(line -> line.path("description").asString(""))
                .filter(text -> text.startsWith("Chaos "))
                .findFirst()
                .orElse(null);
    }

    private static boolean hasHours(JsonNode draft, BigDecimal hours) {
        return lines(draft).stream()
                .anyMatch(line -> line.path("description").asString("").contains("Werktijd")
                        && line.path("amount").decimalValue().compareTo(hours) == 0);
    }

    private static String adminOf(JdbcClient jdbc, String name) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        long tenant = jdbc.sql("INSERT INTO tenant (name, created_at) VALUES (:name, :now) RETURNING id")
                .param("name", name)
                .param("now", now)
                .query(Long.class)
                .single();
        String hash = "{argon2}"
                + Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode(PASSWORD);
        String email = "admin@" + name + ".nl";
        jdbc.sql("INSERT INTO office_user (tenant_id, email, password_hash, role, created_at)"
                        + " VALUES (:tenant, :email, :hash, 'ADMIN', :now)")
                .param("tenant", tenant)
                .param("email", email)
                .param("hash", hash)
                .param("now", now)
                .update();
        return email;
    }

    private static Api.Response expect(Api.Response response, int status) {
        if (response.status() != status) {
            throw new AssertionError("expected " + status + " but got " + response);
        }
        return response;
    }

    /** The instances the test's callers may use; a killed one is left out until it is healthy again. */
    static final class Instances {
        private final List<ServiceProcess> all;
        private final Map<ServiceProcess, Boolean> up = new ConcurrentHashMap<>();

        Instances(ServiceProcess... all) {
            this.all = List.of(all);
            this.all.forEach(instance -> up.put(instance, true));
        }

        void down(ServiceProcess instance) {
            up.put(instance, false);
        }

        void up(ServiceProcess instance) {
            up.put(instance, true);
        }

        ServiceProcess pick(int turn) {
            List<ServiceProcess> live = all.stream().filter(up::get).toList();
            return live.get(Math.floorMod(turn, live.size()));
        }
    }
}
