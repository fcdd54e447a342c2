package nl.simon.adapter.persistence;

import java.time.Clock;
import java.time.Instant;
import nl.simon.integration.notify.OfficeAlerts;
import nl.simon.integration.notify.OfficeMail;
import nl.simon.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes the admins' mails to the outbox ({@code office_mail}), one row per ADMIN user of the company, in the
 * caller's transaction; a push-failure episode is a row of {@code office_alert_episode} (inserted once, removed
 * when a push is sent). The company's {@code mailAdmins} setting in force decides (on when never saved).
 */
public final class JdbcOfficeAlerts implements OfficeAlerts {
    private static final String PUSH_FAILED = OfficeMail.Kind.PUSH_FAILED.name();

    private final JdbcClient jdbc;
    private final Clock clock;

    public JdbcOfficeAlerts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void suspended(TenantId tenant, String reason) {
        if (mailsAdmins(tenant)) {
            queue(tenant, OfficeMail.Kind.SUSPENDED, reason, null, null);
        }
    }

    @Override
    public void pushFailed(TenantId tenant, long workOrderId, long workOrderNumber) {
        if (!mailsAdmins(tenant)) {
            return;
        }
        // concurrent failures of one company: the second insert waits for the first to commit, then does nothing
        int opened = jdbc.sql("""
                INSERT INTO office_alert_episode (tenant_id, kind, opened_at) VALUES (:tenant, :kind, :now)
                ON CONFLICT (tenant_id, kind) DO NOTHING""")
                .param("tenant", tenant.value())
                .param("kind", PUSH_FAILED)
                .param("now", Timestamps.toDb(clock.instant()))
                .update();
        if (opened == 1) {
            queue(tenant, OfficeMail.Kind.PUSH_FAILED, null, workOrderId, workOrderNumber);
        }
    }

    @Override
    public void pushSent(TenantId tenant) {
        jdbc.sql("DELETE FROM office_alert_episode WHERE tenant_id = :tenant AND kind = :kind")
                .param("tenant", tenant.value())
                .param("kind", PUSH_FAILED)
                .update();
    }

    private boolean mailsAdmins(TenantId tenant) {
        return jdbc.sql("""
                SELECT coalesce((SELECT mail_admins FROM integration_settings WHERE tenant_id = :tenant
                    ORDER BY version DESC LIMIT 1), TRUE)""")
                .param("tenant", tenant.value())
                .query(Boolean.class)
                .single();
    }

    private void queue(TenantId tenant, OfficeMail.Kind kind, String reason, Long workOrderId, Long number) {
        Instant now = clock.instant();
        jdbc.sql("""
                INSERT INTO office_mail (tenant_id, recipient, language, kind, reason, work_order_id,
                    work_order_number, created_at, next_attempt_at)
                SELECT tenant_id, email, coalesce(language, 'nl'), :kind, :reason, :workOrder, :number, :now, :now
                FROM office_user WHERE tenant_id = :tenant AND role = 'ADMIN' ORDER BY id""")
                .param("tenant", tenant.value())
                .param("kind", kind.name())
                .param("reason", reason)
                .param("workOrder", workOrderId)
                .param("number", number)
                .param("now", Timestamps.toDb(now))
                .update();
    }
}
