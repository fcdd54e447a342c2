package nl.simon.adapter.persistence;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import nl.simon.integration.log.IntegrationLog;
import nl.simon.integration.log.LogEntry;
import nl.simon.integration.log.LogPage;
import nl.simon.integration.log.Severity;
import nl.simon.shared.TenantId;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;
import org.postgresql.jdbc.TimestampUtils;
import org.springframework.jdbc.core.ConnectionCallback;
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
                                             action_code, severity, run)
                VALUES (:tenant, :time, :table, :record, :message, :parameters, :action, :severity, :run)""")
                .param("tenant", tenant.value())
                .param("time", Timestamps.toDb(entry.time()))
                .param("table", entry.table())
                .param("record", entry.recordId())
                .param("message", entry.messageCode())
                .param("parameters", entry.parameters().toArray(String[]::new))
                .param("action", entry.actionCode())
                .param("severity", entry.severity().name())
                .param("run", entry.run())
                .update();
    }

    /**
     * All rows in one {@code COPY} (a page of a pull logs up to 1,000 rows; half of all rows an import
     * writes are log rows): PostgreSQL inserts them in list order, so they get their ids in that order,
     * with less work a row than an {@code INSERT}. The times are written in the very text pgjdbc sends
     * for a bound timestamp, the parameters as an array literal ({@link #arrayLiteral}).
     */
    @Override
    public void appendAll(TenantId tenant, List<LogEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        template.execute((ConnectionCallback<Long>) connection -> {
            BaseConnection pg = connection.unwrap(BaseConnection.class);
            TimestampUtils timestamps = pg.getTimestampUtils();
            String tenantId = Long.toString(tenant.value());
            StringBuilder rows = new StringBuilder(entries.size() * 128);
            for (LogEntry entry : entries) {
                rows.append(tenantId).append('\t');
                copyField(rows, timestamps.toString(Timestamps.toDb(entry.time())))
                        .append('\t');
                copyField(rows, entry.table()).append('\t');
                copyField(rows, entry.recordId()).append('\t');
                copyField(rows, entry.messageCode()).append('\t');
                copyField(rows, arrayLiteral(entry.parameters())).append('\t');
                copyField(rows, entry.actionCode()).append('\t');
                copyField(rows, entry.severity().name()).append('\t');
                copyField(rows, entry.run()).append('\n');
            }
            try {
                return new CopyManager(pg).copyIn("""
                        COPY integration_log (tenant_id, logged_at, table_name, record_id, message_code, parameters,
                                              action_code, severity, run) FROM STDIN""", new StringReader(rows.toString()));
            } catch (IOException impossible) {
                throw new UncheckedIOException("reading a string failed", impossible);
            }
        });
    }

    /** A value in {@code COPY}'s text format: null is {@code \N}; backslash, tab, newline and CR are escaped. */
    static StringBuilder copyField(StringBuilder row, String value) {
        if (value == null) {
            return row.append("\\N");
        }
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '\\' -> row.append("\\\\");
                case '\t' -> row.append("\\t");
                case '\n' -> row.append("\\n");
                case '\r' -> row.append("\\r");
                default -> row.append(ch);
            }
        }
        return row;
    }

    /**
     * PostgreSQL's text form of a {@code text[]}: every element quoted, double quotes and backslashes
     * escaped with a backslash (so spaces, commas, braces and the word NULL stay plain text); a null
     * element is an unquoted NULL.
     */
    static String arrayLiteral(List<String> values) {
        StringBuilder literal = new StringBuilder(16 * values.size() + 2).append('{');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                literal.append(',');
            }
            String value = values.get(i);
            if (value == null) {
                literal.append("NULL");
                continue;
            }
            literal.append('"');
            for (int c = 0; c < value.length(); c++) {
                char ch = value.charAt(c);
                if (ch == '"' || ch == '\\') {
                    literal.append('\\');
                }
                literal.append(ch);
            }
            literal.append('"');
        }
        return literal.append('}').toString();
    }

    @Override
    public LogPage page(TenantId tenant, Severity severity, int page) {
        // the severity only when filtered on (a bound "IS NULL OR" hides it from a generic plan); run IS NULL
        // matches the partial indexes of V16
        String filter = "tenant_id = :tenant AND run IS NULL" + (severity == null ? "" : " AND severity = :severity");
        String level = severity == null ? null : severity.name();
        long total = jdbc.sql("SELECT count(*) FROM integration_log WHERE " + filter)
                .param("tenant", tenant.value())
                .param("severity", level)
                .query(Long.class)
                .single();
        // the page's ids first (from the index alone), then only those rows: a deep page no longer reads every
        // row it skips (issue 17)
        List<LogEntry> rows = jdbc.sql("SELECT * FROM integration_log WHERE id IN (SELECT id FROM integration_log"
                        + " WHERE " + filter + " ORDER BY logged_at DESC, id DESC"
                        + PageClause.of(LogPage.SIZE, (long) (page - 1) * LogPage.SIZE) + ")"
                        + " ORDER BY logged_at DESC, id DESC")
                .param("tenant", tenant.value())
                .param("severity", level)
                .query(JdbcIntegrationLog::map)
                .list();
        int pages = (int) Math.max(1, (total + LogPage.SIZE - 1) / LogPage.SIZE);
        return new LogPage(rows, page, pages);
    }

    @Override
    public LogPage run(TenantId tenant, String run, int page) {
        long total = jdbc.sql("SELECT count(*) FROM integration_log WHERE tenant_id = :tenant AND run = :run")
                .param("tenant", tenant.value())
                .param("run", run)
                .query(Long.class)
                .single();
        List<LogEntry> rows = jdbc.sql("SELECT * FROM integration_log WHERE tenant_id = :tenant AND run = :run"
                        + " ORDER BY id" + PageClause.of(LogPage.SIZE, (long) (page - 1) * LogPage.SIZE))
                .param("tenant", tenant.value())
                .param("run", run)
                .query(JdbcIntegrationLog::map)
                .list();
        return new LogPage(rows, page, (int) Math.max(1, (total + LogPage.SIZE - 1) / LogPage.SIZE));
    }

    @Override
    public void resolve(TenantId tenant, String table, String recordId, java.time.Instant at) {
        jdbc.sql("""
                UPDATE integration_log SET resolved_at = :at
                WHERE tenant_id = :tenant AND table_name = :table AND record_id = :record
                  AND severity = 'ERROR' AND resolved_at IS NULL""")
                .param("at", Timestamps.toDb(at))
                .param("tenant", tenant.value())
                .param("table", table)
                .param("record", recordId)
                .update();
    }

    private static LogEntry map(ResultSet rs, int row) throws SQLException {
        Array parameters = rs.getArray("parameters");
        List<String> values = parameters == null ? List.of() : Arrays.asList((String[]) parameters.getArray());
        return new LogEntry(
                Timestamps.instant(rs, "logged_at"),
                rs.getString("table_name"),
                rs.getString("record_id"),
                rs.getString("message_code"),
                values,
                rs.getString("action_code"),
                Severity.valueOf(rs.getString("severity")),
                rs.getString("run"),
                rs.getTimestamp("resolved_at") == null ? null : Timestamps.instant(rs, "resolved_at"));
    }
}
