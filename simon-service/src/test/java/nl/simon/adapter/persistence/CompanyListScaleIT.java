package nl.simon.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import nl.simon.integration.operator.Companies;
import nl.simon.integration.operator.CompanyState;
import nl.simon.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The operator's list stays one quick query per page with 10,000 companies (issue 16): trouble first, filtered and
 * searched, on a database of its own. Prints the plan of the first page.
 */
class CompanyListScaleIT {
    static final int COMPANIES = 10_000;

    @Test
    void a_page_of_ten_thousand_companies_is_one_quick_query_trouble_first() {
        DataSource db = TestDatabase.newDatabase("companies_" + System.nanoTime());
        JdbcTemplate sql = new JdbcTemplate(db);
        JdbcCompanies companies = new JdbcCompanies(JdbcClient.create(db));
        sql.update("""
                INSERT INTO tenant (name, created_at)
                SELECT 'Bedrijf ' || n, now() FROM generate_series(1, ?) AS n""", COMPANIES);
        sql.update("""
                INSERT INTO integration (tenant_id, status, suspended_reason, last_sync_at, sync_failing_since, changed_at)
                SELECT id, CASE WHEN id % 10 = 0 THEN 'NOT_ACTIVATED' WHEN id % 10 = 1 THEN 'INACTIVE' ELSE 'ACTIVE' END,
                       CASE WHEN id % 500 = 2 THEN 'OPERATOR' END, now(),
                       CASE WHEN id % 700 = 3 THEN now() END, now()
                FROM tenant""");
        sql.update("""
                INSERT INTO work_order (tenant_id, number, description, status, invoice_sync_state, invoice_queued_at,
                                        created_at, changed_at)
                SELECT t.id, n, 'Werk', 'ARCHIVED',
                       CASE WHEN n = 1 AND t.id % 300 = 4 THEN 'FAILED' WHEN n = 2 AND t.id % 200 = 5 THEN 'QUEUED'
                            ELSE 'SENT' END,
                       now() - interval '1 hour', now(), now()
                FROM tenant t, generate_series(1, 5) AS n""");
        sql.update("""
                INSERT INTO integration_log (tenant_id, logged_at, table_name, message_code, action_code, severity)
                SELECT t.id, now() - n * interval '1 minute', 'Integration', 'sync-unreachable', 'wait',
                       CASE WHEN n % 4 = 0 THEN 'ERROR' ELSE 'INFO' END
                FROM tenant t, generate_series(1, 8) AS n""");
        sql.update("""
                INSERT INTO scheduled_tasks (task_name, task_instance, execution_time, picked, version)
                SELECT 'fs-sync', id::text, now() + interval '5 minutes', false, 1 FROM tenant""");
        sql.execute("ANALYZE");

        companies.list(null, null, Instant.now(), 50, 0);
        long started = System.nanoTime();
        Companies.Page first = companies.list(null, null, Instant.now(), 50, 0);
        long millis = (System.nanoTime() - started) / 1_000_000;
        Companies.Page searched = companies.list(CompanyState.ACTIVE, "drijf 12", Instant.now(), 50, 0);
        Companies.Page last = companies.list(null, null, Instant.now(), 50, COMPANIES - 20);

        List<String> plan = sql.queryForList(
                "EXPLAIN (ANALYZE, BUFFERS) "
                        + JdbcCompanies.LIST
                                .replace(":pattern", "NULL")
                                .replace(":state", "NULL")
                                .replace(":old", "'" + Instant.now().minusSeconds(900) + "'")
                                .replace(":limit", "50")
                                .replace(":offset", "0"),
                String.class);
        System.out.println("CompanyListScaleIT: first page of " + COMPANIES + " companies in " + millis + " ms\n"
                + plan.stream().collect(Collectors.joining("\n")));
        assertThat(first.total()).isEqualTo(COMPANIES);
        assertThat(first.rows()).hasSize(50);
        assertThat(first.rows().get(0).state()).isEqualTo(CompanyState.SUSPENDED);
        assertThat(first.rows()).extracting(row -> row.trouble()).isSorted();
        assertThat(first.rows().get(first.rows().size() - 1).trouble())
                .as("20 suspended, 34 with failed pushes")
                .isEqualTo(1);
        assertThat(last.rows()).hasSize(20);
        List<nl.simon.integration.operator.CompanyOverview> top =
                companies.list(null, null, Instant.now(), 200, 0).rows();
        assertThat(top).extracting(row -> row.trouble()).isSorted().contains(0, 1, 2, 3, 4);
        assertThat(top)
                .filteredOn(row -> row.trouble() == 2)
                .allSatisfy(row -> assertThat(row.pullFailingSince()).isNotNull());
        assertThat(top)
                .filteredOn(row -> row.trouble() == 3)
                .allSatisfy(row ->
                        assertThat(row.oldestQueuedAt()).isBefore(Instant.now().minusSeconds(900)));
        assertThat(top)
                .filteredOn(row -> row.trouble() == 4)
                .allSatisfy(row -> assertThat(row.queuedPushes()).isZero());
        assertThat(searched.rows()).allSatisfy(row -> assertThat(row.name()).contains("drijf 12"));
        assertThat(searched.total()).isPositive().isLessThan(1_200);
        assertThat(millis).as("one page of the list, in ms").isLessThan(2_000);
    }
}
