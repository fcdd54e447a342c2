package nl.simon.adapter.persistence;

import static nl.simon.integration.push.NameReservation.CHANGED_MEANWHILE;
import static nl.simon.integration.push.NameReservation.RESERVED;
import static nl.simon.integration.push.NameReservation.TAKEN;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import nl.simon.shared.TenantId;
import nl.simon.testing.TestDatabase;
import nl.simon.workorder.WorkOrderId;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A draft name is reserved for one work order of a company, compared as FactuurSturen compares names (issue 12). */
class JdbcInvoiceSyncsIT {
    JdbcClient jdbc;
    JdbcInvoiceSyncs syncs;

    @BeforeEach
    void database() {
        DataSource db = TestDatabase.newDatabase("names_" + System.nanoTime());
        jdbc = JdbcClient.create(db);
        syncs = new JdbcInvoiceSyncs(jdbc, Clock.systemUTC());
    }

    @Test
    void a_name_held_by_one_work_order_is_refused_to_another_of_the_company_in_any_case() {
        TenantId tenant = tenant("a");
        TenantId other = tenant("b");
        WorkOrderId first = workOrder(tenant, 1);
        WorkOrderId second = workOrder(tenant, 2);
        WorkOrderId elsewhere = workOrder(other, 1);

        assertThat(syncs.reserveName(tenant, first, null, "Dubbel")).isEqualTo(RESERVED);
        assertThat(syncs.reserveName(tenant, second, null, "dUBBEL")).isEqualTo(TAKEN);
        assertThat(syncs.reserveName(tenant, second, null, " dubbel ")).isEqualTo(TAKEN);
        assertThat(syncs.reserveName(other, elsewhere, null, "dubbel"))
                .as("another company")
                .isEqualTo(RESERVED);
        assertThat(syncs.reserveName(tenant, first, "Dubbel", "Dubbel"))
                .as("its own name again")
                .isEqualTo(RESERVED);
        assertThat(syncs.reserveName(tenant, second, null, "Dubbel #2")).isEqualTo(RESERVED);
        assertThat(names(tenant)).containsExactly("Dubbel", "Dubbel #2");
    }

    @Test
    void a_second_run_of_the_same_push_keeps_the_name_the_first_run_chose() {
        TenantId tenant = tenant("d");
        WorkOrderId id = workOrder(tenant, 1);

        assertThat(syncs.reserveName(tenant, id, null, "Ref")).isEqualTo(RESERVED);
        assertThat(syncs.reserveName(tenant, id, null, "Ref #1"))
                .as("a run that read no name yet")
                .isEqualTo(CHANGED_MEANWHILE);
        assertThat(syncs.reserveName(tenant, id, "Oud", "Ref #1"))
                .as("a run that read another name")
                .isEqualTo(CHANGED_MEANWHILE);
        assertThat(names(tenant)).containsExactly("Ref");
        assertThat(syncs.reserveName(tenant, id, "Ref", "Ref #1"))
                .as("a deliberate rename")
                .isEqualTo(RESERVED);
        assertThat(names(tenant)).containsExactly("Ref #1");
    }

    @Test
    void of_many_work_orders_reserving_one_name_at_once_exactly_one_gets_it() throws Exception {
        TenantId tenant = tenant("c");
        List<WorkOrderId> ids = new ArrayList<>();
        for (int n = 1; n <= 12; n++) {
            ids.add(workOrder(tenant, n));
        }
        ExecutorService pool = Executors.newFixedThreadPool(ids.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                WorkOrderId id = ids.get(i);
                String name = i % 2 == 0 ? "Samen" : "SAMEN";
                Callable<Boolean> reserve = () -> {
                    start.await();
                    return syncs.reserveName(tenant, id, null, name) == RESERVED;
                };
                answers.add(pool.submit(reserve));
            }
            start.countDown();
            int won = 0;
            for (Future<Boolean> answer : answers) {
                won += answer.get(1, TimeUnit.MINUTES) ? 1 : 0;
            }
            assertThat(won).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(names(tenant)).hasSize(1);
    }

    @Test
    void names_chosen_twice_before_the_reservation_keep_their_names_and_the_oldest_holds_the_reservation() {
        String name = "legacy_" + System.nanoTime();
        try (var connection = TestDatabase.postgres().getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        DataSource db = TestDatabase.postgres().getDatabase("postgres", name);
        Flyway.configure()
                .dataSource(db)
                .locations("classpath:db/migration")
                .target("5")
                .load()
                .migrate();
        jdbc = JdbcClient.create(db);
        syncs = new JdbcInvoiceSyncs(jdbc, Clock.systemUTC());
        TenantId tenant = tenant("legacy");
        WorkOrderId first = workOrder(tenant, 1);
        WorkOrderId second = workOrder(tenant, 2);
        WorkOrderId third = workOrder(tenant, 3);
        jdbc.sql("UPDATE work_order SET invoice_draft_name = CASE number WHEN 1 THEN 'REF' ELSE 'ref' END"
                        + " WHERE tenant_id = :t AND number <= 2")
                .param("t", tenant.value())
                .update();

        Flyway.configure()
                .dataSource(db)
                .locations("classpath:db/migration")
                .load()
                .migrate();

        assertThat(names(tenant)).containsExactly("REF", "ref");
        assertThat(syncs.reserveName(tenant, third, null, "Ref"))
                .as("still reserved by the oldest")
                .isEqualTo(TAKEN);
        assertThat(syncs.reserveName(tenant, first, "REF", "REF")).isEqualTo(RESERVED);
        assertThat(syncs.reserveName(tenant, second, "ref", "ref"))
                .as("the later duplicate keeps no reservation")
                .isEqualTo(TAKEN);
        assertThat(syncs.reserveName(tenant, third, null, "REF #3")).isEqualTo(RESERVED);
    }

    private TenantId tenant(String name) {
        return new TenantId(jdbc.sql("INSERT INTO tenant (name, created_at) VALUES (:n, now()) RETURNING id")
                .param("n", name + System.nanoTime())
                .query(Long.class)
                .single());
    }

    private WorkOrderId workOrder(TenantId tenant, long number) {
        return new WorkOrderId(jdbc.sql("""
                INSERT INTO work_order (tenant_id, number, description, status, invoice_sync_state, created_at, changed_at)
                VALUES (:t, :n, 'Werk', 'ARCHIVED', 'QUEUED', now(), now()) RETURNING id""")
                .param("t", tenant.value())
                .param("n", number)
                .query(Long.class)
                .single());
    }

    private List<String> names(TenantId tenant) {
        return jdbc.sql(
                        "SELECT invoice_draft_name FROM work_order WHERE tenant_id = :t AND invoice_draft_name IS NOT NULL"
                                + " ORDER BY number")
                .param("t", tenant.value())
                .query(String.class)
                .list();
    }
}
