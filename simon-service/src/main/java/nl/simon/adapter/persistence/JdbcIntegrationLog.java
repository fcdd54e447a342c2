package nl.simon.adapter.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import nl.simon.integration.IntegrationLog;
import nl.simon.integration.LogEntry;
import nl.simon.integration.LogPage;
import nl.simon.integration.Severity;
import nl.simon.shared.TenantId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

public final class JdbcIntegrationLog implements IntegrationLog {
    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public JdbcIntegrationLog(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    @Override
    public void append(TenantId tenant, LogEntry entry) {
        jdbc.sql("""
                INSERT INTO integration_log (tenant_id, logged_at, table_name, record_id, message_code, parameters,
                                             action_code, severity)
                VALUES (:tenant, :time, :table, :record, :message, :parameters, :action, :severity)""")
                .param("tenant", tenant.value())
                .param("time", Timestamps.toDb(entry.time()))
                .param("table", entry.table())
                .param("record", entry.recordId())
                .param("message", entry.messageCode())
                .param("parameters", entry.parameters().toArray(String[]::new))
                .param("action", entry.actionCode())
                .param("severity", entry.severity().name())
                .update();
    }

    @Override
    public void appendAll(TenantId tenant, List<LogEntry> entries) {
        template.batchUpdate("""
                INSERT INTO integration_log (tenant_id, logged_at, table_name, record_id, message_code, parameters,
                                             action_code, severity)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", entries, entries.size(), (ps, entry) -> {
                    ps.setLong(1, tenant.value());
                    ps.setObject(2, Timestamps.toDb(entry.time()));
                    ps.setString(3, entry.table());
                    ps.setString(4, entry.recordId());
                    ps.setString(5, entry.messageCode());
                    ps.setArray(6, ps.getConnection().createArrayOf("text", entry.parameters().toArray()));
                    ps.setString(7, entry.actionCode());
                    ps.setString(8, entry.severity().name());
                });
    }

    @Override
    public LogPage page(TenantId tenant, Severity severity, int page) {
        String filter = "tenant_id = :tenant AND (CAST(:severity AS TEXT) IS NULL OR severity = :severity)";
        String level = severity == null ? null : severity.name();
        long total = jdbc.sql("SELECT count(*) FROM integration_log WHERE " + filter)
                .param("tenant", tenant.value()).param("severity", level).query(Long.class).single();
        List<LogEntry> rows = jdbc.sql("SELECT * FROM integration_log WHERE " + filter
                        + " ORDER BY logged_at DESC, id DESC LIMIT :size OFFSET :offset")
                .param("tenant", tenant.value())
                .param("severity", level)
                .param("size", LogPage.SIZE)
                .param("offset", (long) (page - 1) * LogPage.SIZE)
                .query(JdbcIntegrationLog::map)
                .list();
        int pages = (int) Math.max(1, (total + LogPage.SIZE - 1) / LogPage.SIZE);
        return new LogPage(rows, page, pages);
    }

    private static LogEntry map(ResultSet rs, int row) throws SQLException {
        Array parameters = rs.getArray("parameters");
        List<String> values = parameters == null ? List.of() : Arrays.asList((String[]) parameters.getArray());
        return new LogEntry(Timestamps.instant(rs, "logged_at"), rs.getString("table_name"), rs.getString("record_id"),
                rs.getString("message_code"), values, rs.getString("action_code"),
                Severity.valueOf(rs.getString("severity")));
    }
}
