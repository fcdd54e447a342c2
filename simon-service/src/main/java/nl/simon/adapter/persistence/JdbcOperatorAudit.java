package nl.simon.adapter.persistence;

import java.util.List;
import nl.simon.integration.operator.AuditEntry;
import nl.simon.integration.operator.OperatorAction;
import nl.simon.integration.operator.OperatorAudit;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code operator_audit}: one row per operator action, newest first. */
public final class JdbcOperatorAudit implements OperatorAudit {
    private final JdbcClient jdbc;

    public JdbcOperatorAudit(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(AuditEntry entry) {
        jdbc.sql("""
                INSERT INTO operator_audit (at, actor, action, tenant_id, tenant_name, reason, detail)
                VALUES (:at, :actor, :action, :tenant, :name, :reason, :detail)""")
                .param("at", Timestamps.toDb(entry.at()))
                .param("actor", entry.actor())
                .param("action", entry.action().name())
                .param("tenant", entry.tenantId())
                .param("name", entry.tenantName())
                .param("reason", entry.reason())
                .param("detail", entry.detail())
                .update();
    }

    @Override
    public List<AuditEntry> page(int limit, int offset) {
        return jdbc.sql("SELECT * FROM operator_audit ORDER BY at DESC, id DESC LIMIT :limit OFFSET :offset")
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, row) -> new AuditEntry(
                        Timestamps.instant(rs, "at"),
                        rs.getString("actor"),
                        OperatorAction.valueOf(rs.getString("action")),
                        (Long) rs.getObject("tenant_id"),
                        rs.getString("tenant_name"),
                        rs.getString("reason"),
                        rs.getString("detail")))
                .list();
    }

    @Override
    public long count() {
        return jdbc.sql("SELECT count(*) FROM operator_audit").query(Long.class).single();
    }
}
