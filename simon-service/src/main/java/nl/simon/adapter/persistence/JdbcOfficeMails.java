package nl.simon.adapter.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.simon.integration.notify.OfficeMail;
import nl.simon.integration.notify.OfficeMails;
import nl.simon.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;

public final class JdbcOfficeMails implements OfficeMails {
    private static final String COLUMNS = """
            m.id, m.tenant_id, t.name AS company, m.recipient, m.language, m.kind, m.reason, m.work_order_id,
            m.work_order_number, m.created_at, m.attempts, m.sent_at""";

    private final JdbcClient jdbc;

    public JdbcOfficeMails(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<OfficeMail> claimDue(Instant now) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM office_mail m JOIN tenant t ON t.id = m.tenant_id
                WHERE m.sent_at IS NULL AND m.next_attempt_at <= :now
                ORDER BY m.next_attempt_at, m.id LIMIT 1 FOR UPDATE OF m SKIP LOCKED""")
                .param("now", Timestamps.toDb(now))
                .query(JdbcOfficeMails::mail)
                .optional();
    }

    @Override
    public void sent(long id, Instant at) {
        jdbc.sql("UPDATE office_mail SET sent_at = :at, attempts = attempts + 1, last_error = NULL WHERE id = :id")
                .param("id", id)
                .param("at", Timestamps.toDb(at))
                .update();
    }

    @Override
    public void failed(long id, String error, Instant retryAt) {
        jdbc.sql("""
                UPDATE office_mail SET attempts = attempts + 1, last_error = :error, next_attempt_at = :retryAt
                WHERE id = :id""")
                .param("id", id)
                .param("error", error)
                .param("retryAt", Timestamps.toDb(retryAt))
                .update();
    }

    @Override
    public List<OfficeMail> latest(TenantId tenant, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM office_mail m JOIN tenant t ON t.id = m.tenant_id
                WHERE m.tenant_id = :tenant ORDER BY m.id DESC LIMIT :limit""")
                .param("tenant", tenant.value())
                .param("limit", limit)
                .query(JdbcOfficeMails::mail)
                .list();
    }

    private static OfficeMail mail(ResultSet rs, int row) throws SQLException {
        long workOrder = rs.getLong("work_order_id");
        Long workOrderId = rs.wasNull() ? null : workOrder;
        long number = rs.getLong("work_order_number");
        Long workOrderNumber = rs.wasNull() ? null : number;
        return new OfficeMail(
                rs.getLong("id"),
                new TenantId(rs.getLong("tenant_id")),
                rs.getString("company"),
                rs.getString("recipient"),
                rs.getString("language"),
                OfficeMail.Kind.valueOf(rs.getString("kind")),
                rs.getString("reason"),
                workOrderId,
                workOrderNumber,
                Timestamps.instant(rs, "created_at"),
                rs.getInt("attempts"),
                Timestamps.instant(rs, "sent_at"));
    }
}
