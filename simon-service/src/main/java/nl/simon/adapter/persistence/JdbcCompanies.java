package nl.simon.adapter.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.simon.integration.log.LogEntry;
import nl.simon.integration.log.Severity;
import nl.simon.integration.operator.Companies;
import nl.simon.integration.operator.CompanyOverview;
import nl.simon.integration.operator.CompanyState;
import nl.simon.shared.ConflictException;
import nl.simon.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The operator's view of every company: one query per page of the list (trouble first), and the removal of a company
 * with every row that carries its {@code tenant_id} (every such table, found in the catalogue, so a table added by a
 * later migration is removed too) and its db-scheduler jobs.
 */
public final class JdbcCompanies implements Companies {
    /** Tables with a {@code tenant_id} that outlive the company: the audit of what the operator did to it. */
    static final Set<String> KEPT = Set.of("operator_audit");

    /**
     * The company's jobs: its pull and cleanup are keyed by its id; every job (also a push, keyed by its work order)
     * carries the company's id as its data, a Java-serialised {@code Long} whose last 8 bytes are the number.
     */
    private static final String JOBS = """
            ((task_name IN ('fs-sync', 'fs-cleanup') AND task_instance = :instance)
             OR (octet_length(task_data) >= 8
                 AND substring(task_data FROM octet_length(task_data) - 7) = int8send(CAST(:tenant AS bigint))))""";

    static final String LIST = """
            WITH pushes AS (
                SELECT tenant_id,
                       count(*) FILTER (WHERE invoice_sync_state = 'QUEUED') AS queued,
                       count(*) FILTER (WHERE invoice_sync_state = 'FAILED') AS failed,
                       min(invoice_queued_at) FILTER (WHERE invoice_sync_state = 'QUEUED') AS oldest_queued
                FROM work_order
                WHERE status = 'ARCHIVED' AND invoice_sync_state IN ('QUEUED', 'FAILED')
                GROUP BY tenant_id),
            failing AS (
                SELECT tenant_id, min(failing_since) AS since FROM integration_job_failure
                WHERE job = 'fs-sync' GROUP BY tenant_id),
            listed AS (
                SELECT t.id, t.name, t.created_at, i.status, i.suspended_reason, i.suspended_note, i.last_sync_at,
                       COALESCE(i.sync_failing_since, f.since) AS pull_failing_since,
                       COALESCE(p.queued, 0) AS queued, COALESCE(p.failed, 0) AS failed, p.oldest_queued,
                       CASE WHEN i.suspended_reason IS NOT NULL THEN 'SUSPENDED'
                            ELSE COALESCE(i.status, 'NOT_ACTIVATED') END AS state
                FROM tenant t
                LEFT JOIN integration i ON i.tenant_id = t.id
                LEFT JOIN pushes p ON p.tenant_id = t.id
                LEFT JOIN failing f ON f.tenant_id = t.id
                WHERE CAST(:pattern AS text) IS NULL OR t.name ILIKE CAST(:pattern AS text)),
            ranked AS (
                SELECT l.*,
                       CASE WHEN l.state = 'SUSPENDED' THEN 0
                            WHEN l.failed > 0 THEN 1
                            WHEN l.pull_failing_since IS NOT NULL THEN 2
                            WHEN l.oldest_queued < CAST(:old AS timestamptz) THEN 3
                            ELSE 4 END AS trouble
                FROM listed l
                WHERE CAST(:state AS text) IS NULL OR l.state = CAST(:state AS text)),
            page AS (
                SELECT r.*, count(*) OVER () AS total FROM ranked r
                ORDER BY r.trouble, lower(r.name), r.id
                LIMIT :limit OFFSET :offset)
            SELECT page.*,
                   (SELECT s.execution_time FROM scheduled_tasks s
                    WHERE s.task_name = 'fs-sync' AND s.task_instance = page.id::text) AS next_sync_at,
                   e.logged_at, e.table_name, e.record_id, e.message_code, e.parameters, e.action_code, e.severity
            FROM page
            LEFT JOIN LATERAL (
                SELECT * FROM integration_log l
                WHERE l.tenant_id = page.id AND l.severity = 'ERROR' AND l.resolved_at IS NULL
                ORDER BY l.logged_at DESC, l.id DESC LIMIT 1) e ON TRUE
            ORDER BY page.trouble, lower(page.name), page.id""";

    private final JdbcClient jdbc;
    private volatile List<String> deletionOrder;

    public JdbcCompanies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Page list(CompanyState state, String query, Instant now, int limit, int offset) {
        long[] total = {-1};
        List<CompanyOverview> rows = jdbc.sql(LIST)
                .param("pattern", SearchPattern.contains(query))
                .param("state", state == null ? null : state.name())
                .param("old", Timestamps.toDb(now.minus(CompanyOverview.OLD_QUEUED_PUSH)))
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, row) -> {
                    total[0] = rs.getLong("total");
                    return overview(rs);
                })
                .list();
        if (total[0] < 0) {
            total[0] = count(state, query);
        }
        return new Page(rows, total[0]);
    }

    private long count(CompanyState state, String query) {
        return jdbc.sql("""
                SELECT count(*) FROM tenant t LEFT JOIN integration i ON i.tenant_id = t.id
                WHERE (CAST(:pattern AS text) IS NULL OR t.name ILIKE CAST(:pattern AS text))
                  AND (CAST(:state AS text) IS NULL OR CAST(:state AS text) = CASE WHEN i.suspended_reason IS NOT NULL
                       THEN 'SUSPENDED' ELSE COALESCE(i.status, 'NOT_ACTIVATED') END)""")
                .param("pattern", SearchPattern.contains(query))
                .param("state", state == null ? null : state.name())
                .query(Long.class)
                .single();
    }

    private static CompanyOverview overview(ResultSet rs) throws SQLException {
        LogEntry lastError = null;
        if (rs.getString("message_code") != null) {
            Array parameters = rs.getArray("parameters");
            lastError = new LogEntry(
                    Timestamps.instant(rs, "logged_at"),
                    rs.getString("table_name"),
                    rs.getString("record_id"),
                    rs.getString("message_code"),
                    parameters == null ? List.of() : Arrays.asList((String[]) parameters.getArray()),
                    rs.getString("action_code"),
                    Severity.valueOf(rs.getString("severity")));
        }
        return new CompanyOverview(
                rs.getLong("id"),
                rs.getString("name"),
                Timestamps.instant(rs, "created_at"),
                CompanyState.valueOf(rs.getString("state")),
                rs.getString("suspended_reason"),
                rs.getString("suspended_note"),
                Timestamps.instant(rs, "last_sync_at"),
                Timestamps.instant(rs, "next_sync_at"),
                Timestamps.instant(rs, "pull_failing_since"),
                rs.getLong("queued"),
                rs.getLong("failed"),
                Timestamps.instant(rs, "oldest_queued"),
                lastError,
                rs.getInt("trouble"));
    }

    @Override
    public Optional<String> name(TenantId tenant) {
        return jdbc.sql("SELECT name FROM tenant WHERE id = :id")
                .param("id", tenant.value())
                .query(String.class)
                .optional();
    }

    @Override
    public Optional<String> lockName(TenantId tenant) {
        // NO KEY UPDATE: a job that holds the integration's row lock may still add rows that reference the company
        // (KEY SHARE) meanwhile, so the operator's action never deadlocks with it; a delete waits for this lock.
        return jdbc.sql("SELECT name FROM tenant WHERE id = :id FOR NO KEY UPDATE")
                .param("id", tenant.value())
                .query(String.class)
                .optional();
    }

    @Override
    public void noteSuspension(TenantId tenant, String note) {
        jdbc.sql("UPDATE integration SET suspended_note = :note WHERE tenant_id = :tenant")
                .param("note", note)
                .param("tenant", tenant.value())
                .update();
    }

    @Override
    public Optional<String> suspensionNote(TenantId tenant) {
        return jdbc.sql(
                        "SELECT suspended_note FROM integration WHERE tenant_id = :tenant AND suspended_note IS NOT NULL")
                .param("tenant", tenant.value())
                .query(String.class)
                .optional();
    }

    /**
     * Locks the company's jobs (db-scheduler picks with SKIP LOCKED, so none of them starts meanwhile) and refuses while
     * one runs; then removes its pushes' jobs, every row of every table with its {@code tenant_id} (children first),
     * the company itself, and once more every job that carries it (one a concurrent archive added meanwhile).
     */
    @Override
    public void delete(TenantId tenant) {
        List<Boolean> picked = jdbc.sql("SELECT picked FROM scheduled_tasks WHERE " + JOBS
                        + " OR (task_name = 'fs-push' AND task_instance IN"
                        + " (SELECT id::text FROM work_order WHERE tenant_id = :tenant)) FOR UPDATE")
                .param("instance", Long.toString(tenant.value()))
                .param("tenant", tenant.value())
                .query(Boolean.class)
                .list();
        if (picked.contains(Boolean.TRUE)) {
            throw new ConflictException("error.operator.job-running");
        }
        ForeignKeyChecks.planOnce(jdbc);
        jdbc.sql("DELETE FROM scheduled_tasks WHERE task_name = 'fs-push'"
                        + " AND task_instance IN (SELECT id::text FROM work_order WHERE tenant_id = :tenant)")
                .param("tenant", tenant.value())
                .update();
        for (String table : deletionOrder()) {
            jdbc.sql("DELETE FROM " + quoted(table) + " WHERE tenant_id = :tenant")
                    .param("tenant", tenant.value())
                    .update();
        }
        jdbc.sql("DELETE FROM tenant WHERE id = :tenant")
                .param("tenant", tenant.value())
                .update();
        jdbc.sql("DELETE FROM scheduled_tasks WHERE " + JOBS)
                .param("instance", Long.toString(tenant.value()))
                .param("tenant", tenant.value())
                .update();
    }

    /** Every table with a {@code tenant_id} (but {@link #KEPT}), each after every table that references it. */
    List<String> deletionOrder() {
        List<String> order = deletionOrder;
        if (order == null) {
            order = childrenFirst(
                    jdbc.sql("""
                            SELECT c.table_name FROM information_schema.columns c
                            JOIN information_schema.tables t ON t.table_schema = c.table_schema
                                                            AND t.table_name = c.table_name
                            WHERE c.column_name = 'tenant_id' AND c.table_schema = current_schema()
                              AND t.table_type = 'BASE TABLE'
                            ORDER BY c.table_name""").query(String.class).list().stream()
                            .filter(table -> !KEPT.contains(table))
                            .toList(),
                    jdbc.sql("""
                            SELECT child.relname, parent.relname FROM pg_constraint con
                            JOIN pg_class child ON child.oid = con.conrelid
                            JOIN pg_class parent ON parent.oid = con.confrelid
                            JOIN pg_namespace n ON n.oid = child.relnamespace
                            WHERE con.contype = 'f' AND n.nspname = current_schema()""")
                            .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2)})
                            .list());
            deletionOrder = order;
        }
        return order;
    }

    /** Orders {@code tables} so that a table that references another ({@code child, parent} pairs) comes first. */
    static List<String> childrenFirst(List<String> tables, List<String[]> references) {
        Map<String, Set<String>> referencedBy = new HashMap<>();
        for (String[] reference : references) {
            if (!reference[0].equals(reference[1]) && tables.contains(reference[0])) {
                referencedBy
                        .computeIfAbsent(reference[1], parent -> new HashSet<>())
                        .add(reference[0]);
            }
        }
        List<String> order = new ArrayList<>();
        List<String> waiting = new ArrayList<>(tables);
        while (!waiting.isEmpty()) {
            String next = waiting.stream()
                    .filter(table -> order.containsAll(referencedBy.getOrDefault(table, Set.of())))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("tables that reference each other: " + waiting));
            order.add(next);
            waiting.remove(next);
        }
        return List.copyOf(order);
    }

    private static String quoted(String table) {
        return '"' + table.replace("\"", "\"\"") + '"';
    }
}
