package nl.simon.adapter.persistence;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import nl.simon.integration.cleanup.CleanupCandidate;
import nl.simon.integration.cleanup.CleanupCandidates;
import nl.simon.shared.TenantId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The cleanup's reads and writes on customers and items, in chunks of ids. */
public final class JdbcCleanupCandidates implements CleanupCandidates {
    private static final int CHUNK = 5_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Clock clock;

    public JdbcCleanupCandidates(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.clock = clock;
    }

    @Override
    public List<CleanupCandidate> customersToClean(TenantId tenant) {
        return candidates("""
                SELECT c.id, c.name AS label, c.active,
                       ARRAY(SELECT w.number FROM work_order w WHERE w.tenant_id = c.tenant_id AND w.customer_id = c.id
                             AND w.status <> 'ARCHIVED' ORDER BY w.number) AS open_numbers,
                       EXISTS (SELECT 1 FROM work_order w WHERE w.tenant_id = c.tenant_id AND w.customer_id = c.id) AS used
                FROM customer c
                WHERE c.tenant_id = ? AND (c.origin = 'SIMON' OR c.fs_deleted)
                ORDER BY c.id""", tenant);
    }

    @Override
    public List<CleanupCandidate> itemsToClean(TenantId tenant) {
        return candidates("""
                SELECT i.id, i.code || ' ' || i.name AS label, i.active,
                       ARRAY(SELECT DISTINCT w.number FROM used_item u
                             JOIN work_order w ON w.tenant_id = u.tenant_id AND w.id = u.work_order_id
                             WHERE u.tenant_id = i.tenant_id AND u.item_id = i.id AND w.status <> 'ARCHIVED'
                             ORDER BY w.number) AS open_numbers,
                       EXISTS (SELECT 1 FROM used_item u WHERE u.tenant_id = i.tenant_id AND u.item_id = i.id) AS used
                FROM item i
                WHERE i.tenant_id = ? AND (i.origin = 'SIMON' OR i.fs_deleted)
                ORDER BY i.id""", tenant);
    }

    private List<CleanupCandidate> candidates(String sql, TenantId tenant) {
        return template.query(
                sql,
                (rs, row) -> new CleanupCandidate(
                        rs.getLong("id"),
                        rs.getString("label"),
                        rs.getBoolean("active"),
                        List.of((Long[]) rs.getArray("open_numbers").getArray()),
                        rs.getBoolean("used")),
                tenant.value());
    }

    @Override
    public void removeCustomers(TenantId tenant, Collection<Long> ids) {
        byIds("DELETE FROM customer", tenant, ids);
    }

    @Override
    public void hideCustomers(TenantId tenant, Collection<Long> ids) {
        byIds("UPDATE customer SET active = FALSE, changed_at = :now", tenant, ids);
    }

    @Override
    public void removeItems(TenantId tenant, Collection<Long> ids) {
        byIds("DELETE FROM item", tenant, ids);
    }

    @Override
    public void hideItems(TenantId tenant, Collection<Long> ids) {
        byIds("UPDATE item SET active = FALSE, changed_at = :now", tenant, ids);
    }

    private void byIds(String statement, TenantId tenant, Collection<Long> ids) {
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += CHUNK) {
            JdbcClient.StatementSpec spec = jdbc.sql(statement + " WHERE tenant_id = :tenant AND id IN (:ids)")
                    .param("tenant", tenant.value())
                    .param("ids", all.subList(from, Math.min(all.size(), from + CHUNK)));
            if (statement.contains(":now")) {
                spec = spec.param("now", Timestamps.toDb(clock.instant()));
            }
            spec.update();
        }
    }
}
