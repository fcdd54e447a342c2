package nl.simon.integration.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.simon.adapter.scheduling.DbSchedulerPushJobs;
import nl.simon.factuursturen.emulator.Fault;
import nl.simon.testing.Api;
import nl.simon.testing.EmulatorExtension;
import nl.simon.testing.SimonIT;
import nl.simon.testing.TestDatabase;
import nl.simon.testing.TestTenants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code DELETE /api/operator/tenants/{id}} over two companies with data in every table: one is removed completely
 * (every table with a {@code tenant_id}, its jobs, the company itself), the other keeps every row (issue 16). While
 * the company's pull runs the delete is refused (409) and removes nothing; after it, nothing of the company comes back.
 */
@SimonIT
class DeleteCompanyIT {
    /** The tenant tables of V1–V12; the test counts every table with a tenant_id, these at least. */
    static final List<String> TENANT_TABLES = List.of(
            "office_user",
            "customer",
            "location",
            "item_group",
            "item",
            "work_order",
            "planning",
            "time_sheet",
            "used_item",
            "simon_object",
            "contact_person",
            "integration",
            "integration_settings",
            "integration_log",
            "table_activity",
            "quotation_import",
            "integration_job_failure");

    @RegisterExtension
    static final EmulatorExtension FS = new EmulatorExtension();

    @LocalServerPort
    int port;

    @Autowired
    TestTenants tenants;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SchedulerClient scheduler;

    @Autowired
    DbSchedulerPushJobs pushJobs;

    @Test
    void deleting_a_company_removes_all_its_rows_and_jobs_in_one_go_and_nothing_of_another() {
        Company doomed = populated();
        Company kept = populated();
        Map<String, Long> doomedBefore = counts(doomed);
        Map<String, Long> keptBefore = counts(kept);
        assertThat(doomedBefore.keySet()).containsAll(TENANT_TABLES).contains("tenant", "scheduled_tasks");
        assertThat(doomedBefore)
                .as("the company to delete has rows in every table")
                .allSatisfy((table, rows) -> assertThat(rows).as(table).isPositive());
        assertThat(doomedBefore.get("scheduled_tasks"))
                .as("pull, cleanup and a push")
                .isGreaterThanOrEqualTo(3);
        Api operator = Api.operator(port, TestDatabase.OPERATOR_TOKEN);

        Api.Response deleted = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> operator.send("DELETE", "/api/operator/tenants/" + doomed.id(), null, ""),
                        answer -> answer.status() != 409);

        assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);
        assertThat(counts(doomed))
                .allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
        assertThat(counts(kept)).isEqualTo(keptBefore);
        assertThat(doomed.admin().get("/api/work-orders").status()).isEqualTo(401);
        assertThat(kept.admin().get("/api/work-orders").json().size()).isEqualTo(2);
        assertThat(operator.send("DELETE", "/api/operator/tenants/" + doomed.id(), null, "")
                        .status())
                .as("gone")
                .isEqualTo(404);
        assertThat(operator.get("/api/operator/tenants?q=" + doomed.name())
                        .json()
                        .size())
                .isZero();
        assertThat(operator.get("/api/operator/audit?size=20")
                        .json()
                        .valueStream()
                        .filter(row -> row.get("tenantId").asLong() == doomed.id())
                        .map(row -> row.get("action").asString() + " "
                                + row.get("tenantName").asString())
                        .findFirst())
                .as("the audit keeps the company's id and name")
                .hasValue("DELETE " + doomed.name());
    }

    @Test
    void deleting_a_company_while_its_pull_runs_is_refused_and_after_the_pull_leaves_no_job_and_no_row()
            throws Exception {
        Company doomed = populated();
        Company kept = populated();
        Map<String, Long> doomedBefore = counts(doomed);
        Map<String, Long> keptBefore = counts(kept);
        Api operator = Api.operator(port, TestDatabase.OPERATOR_TOKEN);
        // every read from FactuurSturen answers late, so the pull the operator starts is still running below
        FS.emulator().addFault(new Fault("", "GET", 0, -1, false, 1_500));
        assertThat(operator.post("/api/operator/tenants/" + doomed.id() + "/sync")
                        .status())
                .isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).until(() -> pullRunning(doomed));

        Api.Response whileRunning = operator.send("DELETE", "/api/operator/tenants/" + doomed.id(), null, "");

        assertThat(pullRunning(doomed)).as("the pull was still running").isTrue();
        assertThat(whileRunning.status()).as(whileRunning.body()).isEqualTo(409);
        Map<String, Long> doomedWhileRunning = counts(doomed);
        for (String table : List.of("tenant", "office_user", "work_order", "integration", "scheduled_tasks")) {
            assertThat(doomedWhileRunning.get(table))
                    .as("nothing removed while the pull ran: " + table)
                    .isEqualTo(doomedBefore.get(table));
        }

        FS.emulator().clearFaults();
        Api.Response deleted = await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> operator.send("DELETE", "/api/operator/tenants/" + doomed.id(), null, ""),
                        answer -> answer.status() != 409);

        assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);
        // the finished pull wrote and rescheduled before the delete, not after it: nothing comes back
        await().during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(counts(doomed))
                        .allSatisfy((table, rows) -> assertThat(rows).as(table).isZero()));
        assertThat(counts(kept))
                .as("the other company: its rows (its own pull may have logged meanwhile)")
                .containsEntry("tenant", 1L)
                .containsEntry("work_order", keptBefore.get("work_order"))
                .containsEntry("scheduled_tasks", keptBefore.get("scheduled_tasks"));
        assertThat(kept.admin().get("/api/work-orders").json().size()).isEqualTo(2);
    }

    /** Whether the company's pull job is picked by a scheduler, that is running. */
    private boolean pullRunning(Company company) {
        return jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_name = 'fs-sync' AND task_instance = :i"
                                + " AND picked")
                        .param("i", Long.toString(company.id()))
                        .query(Long.class)
                        .single()
                > 0;
    }

    record Company(long id, String name, Api admin, List<Long> workOrders) {}

    /** An active company with pulled master data, work orders with every kind of entry, and a push job waiting. */
    private Company populated() {
        EmulatorExtension.Connected connected = FS.newTenant(tenants).withProducts("0001", "0002");
        String clientnr = connected.addBakkerijJansen();
        connected.activated();
        Api admin = connected.admin();
        long tenant = connected.tenant().tenant().id().value();
        long customer = admin.customerWithFsNumber(clientnr);
        long item = admin.get("/api/items").json().get(0).get("id").asLong();
        long workOrder = admin.post(
                        "/api/work-orders", "{\"description\": \"Onderhoud\", \"customerId\": %d}".formatted(customer))
                .id();
        admin.post(
                "/api/work-orders/" + workOrder + "/plannings",
                "{\"employee\": \"Piet\", \"start\": \"2030-01-02T08:00:00Z\"}");
        admin.post("/api/work-orders/" + workOrder + "/timesheets", "{\"employee\": \"Piet\", \"workMinutes\": 60}");
        admin.post(
                "/api/work-orders/" + workOrder + "/used-items", "{\"itemId\": %d, \"quantity\": 2}".formatted(item));
        long failed = OperatorTenantsIT.failedPush(admin);
        jdbc.sql("""
                INSERT INTO simon_object (tenant_id, customer_id, name, changed_at) VALUES (:t, :c, 'Cv-ketel', now());
                INSERT INTO contact_person (tenant_id, customer_id, name, changed_at) VALUES (:t, :c, 'Jan', now());
                INSERT INTO quotation_import (tenant_id, fs_quotation_id, state, first_seen_at)
                    VALUES (:t, 'Q1', 'WAITING_FOR_CUSTOMER', now());
                INSERT INTO integration_job_failure (tenant_id, job, error, failing_since, last_failure_at)
                    VALUES (:t, 'fs-cleanup', 'boom', now(), now())""").param("t", tenant).param("c", customer).update();
        scheduler.scheduleIfNotExists(
                pushJobs.task().instance(Long.toString(failed), tenant),
                Instant.now().plus(Duration.ofHours(1)));
        return new Company(tenant, connected.tenant().tenant().name(), admin, List.of(workOrder, failed));
    }

    /** Rows of the company in every table with a tenant_id, in tenant, and its jobs in db-scheduler's table. */
    private Map<String, Long> counts(Company company) {
        Map<String, Long> counts = new TreeMap<>();
        List<String> tables = jdbc.sql("""
                        SELECT c.table_name FROM information_schema.columns c
                        JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                        WHERE c.column_name = 'tenant_id' AND c.table_schema = current_schema()
                          AND t.table_type = 'BASE TABLE' AND c.table_name <> 'operator_audit'""").query(String.class).list();
        for (String table : tables) {
            counts.put(
                    table,
                    jdbc.sql("SELECT count(*) FROM " + table + " WHERE tenant_id = :t")
                            .param("t", company.id())
                            .query(Long.class)
                            .single());
        }
        counts.put(
                "tenant",
                jdbc.sql("SELECT count(*) FROM tenant WHERE id = :t")
                        .param("t", company.id())
                        .query(Long.class)
                        .single());
        counts.put(
                "scheduled_tasks",
                jdbc.sql("""
                        SELECT count(*) FROM scheduled_tasks
                        WHERE (task_name IN ('fs-sync', 'fs-cleanup') AND task_instance = :instance)
                           OR (task_name = 'fs-push' AND task_instance IN (:workOrders))""")
                        .param("instance", Long.toString(company.id()))
                        .param(
                                "workOrders",
                                company.workOrders().stream()
                                        .map(String::valueOf)
                                        .toList())
                        .query(Long.class)
                        .single());
        return counts;
    }
}
