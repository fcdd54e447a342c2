package nl.simon.adapter.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.CurrentlyExecuting;
import com.github.kagkarlsson.scheduler.event.AbstractSchedulerListener;
import com.github.kagkarlsson.scheduler.event.SchedulerListener;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import nl.simon.app.SimonApplication;
import nl.simon.factuursturen.emulator.FactuurSturenEmulator;
import nl.simon.tenant.CreateTenant;
import nl.simon.tenant.Tenant;
import nl.simon.testing.Api;
import nl.simon.testing.TestDatabase;
import nl.simon.testing.Wizard;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two service instances on one database: every tenant's sync run executes on exactly one of them, runs
 * of one tenant never overlap, so no record is pulled twice; and archived work orders become exactly
 * one draft each, whichever instance archived and whichever pushed.
 */
class TwoInstancesIT {
    static final int TENANTS = 6;
    static final int CLIENTS = 300;
    static final List<Run> RUNS = new CopyOnWriteArrayList<>();

    record Run(
            String instance,
            String task,
            String tenant,
            Instant due,
            long startNanos,
            long endNanos,
            String pickedBy) {}

    @Test
    void each_tenants_runs_happen_once_on_one_instance_and_never_overlap() {
        RUNS.clear();
        String database = "two_" + Long.toHexString(System.nanoTime());
        DataSource dataSource = TestDatabase.newDatabase(database);
        try (FactuurSturenEmulator emulator = FactuurSturenEmulator.start(0);
                ConfigurableApplicationContext a = start("instance-a", database);
                ConfigurableApplicationContext b = start("instance-b", database)) {
            List<String> tenants = new ArrayList<>();
            for (int i = 0; i < TENANTS; i++) {
                tenants.add(activate(a, emulator, "two-" + i + "-" + Long.toHexString(System.nanoTime()), CLIENTS));
            }
            Awaitility.await()
                    .atMost(Duration.ofSeconds(90))
                    .until(() ->
                            tenants.stream().allMatch(tenant -> syncRuns(tenant).size() >= 4));
        }
        JdbcClient jdbc = JdbcClient.create(dataSource);
        List<Run> syncRuns =
                RUNS.stream().filter(run -> run.task().equals(SyncTask.NAME)).toList();
        Map<String, List<Run>> byTenant = syncRuns.stream().collect(Collectors.groupingBy(Run::tenant));

        assertThat(byTenant).hasSize(TENANTS);
        byTenant.values().forEach(TwoInstancesIT::assertNoOverlapAndNoDoubleRun);
        assertThat(jdbc.sql("SELECT tenant_id, count(*) FROM customer GROUP BY tenant_id")
                        .query((rs, row) -> rs.getLong(2))
                        .list())
                .hasSize(TENANTS)
                .containsOnly((long) CLIENTS);
        System.out.printf(
                "sync runs per instance: %s%n",
                syncRuns.stream().collect(Collectors.groupingBy(Run::instance, Collectors.counting())));
        Map<String, Set<String>> names = RUNS.stream()
                .collect(Collectors.groupingBy(Run::instance, Collectors.mapping(Run::pickedBy, Collectors.toSet())));
        System.out.printf("scheduler names per instance: %s%n", names);
        assertThat(names).as("both instances ran jobs").hasSize(2);
        assertThat(names.values())
                .as("one scheduler name per instance")
                .allSatisfy(set -> assertThat(set).hasSize(1));
        assertThat(names.get("instance-a"))
                .as("each instance its own scheduler name, without configuring one")
                .doesNotContainAnyElementsOf(names.get("instance-b"));
    }

    @Test
    void two_hundred_archived_work_orders_over_five_tenants_become_exactly_two_hundred_drafts() {
        String database = "push_" + Long.toHexString(System.nanoTime());
        TestDatabase.newDatabase(database);
        try (FactuurSturenEmulator emulator = FactuurSturenEmulator.start(0);
                ConfigurableApplicationContext a = start("instance-a", database);
                ConfigurableApplicationContext b = start("instance-b", database)) {
            List<ConfigurableApplicationContext> instances = List.of(a, b);
            List<String> accounts = new ArrayList<>();
            List<Long> workOrders = new ArrayList<>();
            for (int t = 0; t < 5; t++) {
                String name = "push-" + t + "-" + Long.toHexString(System.nanoTime());
                accounts.add(name);
                nl.simon.shared.TenantId tenant =
                        new nl.simon.shared.TenantId(Long.parseLong(activate(a, emulator, name, 1)));
                for (int w = 0; w < 40; w++) {
                    workOrders.add(archived(instances.get(w % 2), tenant, w));
                }
            }
            JdbcClient jdbc = JdbcClient.create(a.getBean(DataSource.class));
            Awaitility.await()
                    .atMost(Duration.ofSeconds(120))
                    .until(() -> jdbc.sql("SELECT count(*) FROM work_order WHERE invoice_sync_state = 'SENT'")
                                    .query(Long.class)
                                    .single()
                            == 200);
            assertThat(accounts)
                    .allSatisfy(account -> assertThat(
                                    emulator.account(account).orElseThrow().count("invoices_saved"))
                            .isEqualTo(40));
            assertThat(emulator.stats().count("POST", "invoices")).isEqualTo(200);
            assertThat(workOrders).hasSize(200);
        }
    }

    private static long archived(ConfigurableApplicationContext instance, nl.simon.shared.TenantId tenant, int w) {
        var useCases = instance.getBean(nl.simon.workorder.WorkOrderUseCases.class);
        var customers = instance.getBean(nl.simon.customer.Customers.class);
        var customer = customers.search(tenant, (String) null, 1, 0).get(0);
        var workOrder = useCases.create()
                .create(
                        tenant,
                        new nl.simon.workorder.NewWorkOrder(customer.id().value(), null, "Werk " + w, "REF-" + w));
        useCases.registerTime().register(tenant, workOrder.id(), "Pieter", 60 + w, 15);
        useCases.complete().complete(tenant, workOrder.id());
        useCases.archive().archive(tenant, workOrder.id());
        return workOrder.id().value();
    }

    private static void assertNoOverlapAndNoDoubleRun(List<Run> runs) {
        List<Run> ordered =
                runs.stream().sorted(Comparator.comparingLong(Run::startNanos)).toList();
        for (int i = 1; i < ordered.size(); i++) {
            assertThat(ordered.get(i).startNanos())
                    .as("run %s starts after %s ended", ordered.get(i), ordered.get(i - 1))
                    .isGreaterThanOrEqualTo(ordered.get(i - 1).endNanos());
        }
        Set<Instant> dues = runs.stream().map(Run::due).collect(Collectors.toSet());
        assertThat(dues).as("every due run executed once").hasSize(runs.size());
    }

    private static List<Run> syncRuns(String tenant) {
        return RUNS.stream()
                .filter(run -> run.task().equals(SyncTask.NAME) && run.tenant().equals(tenant))
                .toList();
    }

    private static String activate(
            ConfigurableApplicationContext instance, FactuurSturenEmulator emulator, String name, int clients) {
        Tenant tenant = instance.getBean(CreateTenant.class).create(name, "admin@" + name + ".nl", "wachtwoord");
        emulator.createAccount(name, name + "-key", 100_000).seed(clients, 0);
        Api admin = Api.at(port(instance), "admin@" + name + ".nl", "wachtwoord");
        Wizard wizard = new Wizard(admin, emulator.baseUrl(), name, name + "-key");
        wizard.activate();
        wizard.awaitImport();
        return String.valueOf(tenant.id().value());
    }

    private static ConfigurableApplicationContext start(String instance, String database) {
        return new SpringApplicationBuilder(SimonApplication.class, Recorder.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + TestDatabase.postgres().getJdbcUrl("postgres", database),
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=postgres",
                        "--spring.flyway.enabled=false",
                        "--simon.secrets.key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
                        "--simon.factuursturen.allowed-hosts=127.0.0.1",
                        "--simon.sync.interval=1s",
                        "--db-scheduler.polling-interval=100ms",
                        "--test.instance=" + instance);
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    /** Records every job execution of this instance, with monotonic start and end times. */
    @Configuration(proxyBeanMethods = false)
    static class Recorder {
        @Bean
        SchedulerListener executionRecorder(@Value("${test.instance}") String instance) {
            Map<String, Long> started = new ConcurrentHashMap<>();
            Map<String, String> pickedBy = new ConcurrentHashMap<>();
            return new AbstractSchedulerListener() {
                @Override
                public void onExecutionStart(CurrentlyExecuting executing) {
                    started.put(
                            key(
                                    executing.getExecution().taskInstance.getTaskName(),
                                    executing.getExecution().taskInstance.getId(),
                                    executing.getExecution().executionTime),
                            System.nanoTime());
                    pickedBy.put(
                            key(
                                    executing.getExecution().taskInstance.getTaskName(),
                                    executing.getExecution().taskInstance.getId(),
                                    executing.getExecution().executionTime),
                            String.valueOf(executing.getExecution().pickedBy));
                }

                @Override
                public void onExecutionComplete(ExecutionComplete complete) {
                    var execution = complete.getExecution();
                    String task = execution.taskInstance.getTaskName();
                    String id = execution.taskInstance.getId();
                    Long start = started.remove(key(task, id, execution.executionTime));
                    RUNS.add(new Run(
                            instance,
                            task,
                            id,
                            execution.executionTime,
                            start == null ? 0 : start,
                            System.nanoTime(),
                            pickedBy.remove(key(task, id, execution.executionTime))));
                }
            };
        }

        private static String key(String task, String id, Instant due) {
            return task + "/" + id + "/" + due;
        }
    }
}
