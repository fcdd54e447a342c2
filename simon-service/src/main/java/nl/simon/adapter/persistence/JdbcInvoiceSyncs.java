package nl.simon.adapter.persistence;

import java.time.Clock;
import java.util.Optional;
import nl.simon.integration.push.InvoiceSyncs;
import nl.simon.integration.push.NameReservation;
import nl.simon.integration.push.PushState;
import nl.simon.shared.TenantId;
import nl.simon.workorder.InvoiceSyncState;
import nl.simon.workorder.WorkOrderId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The push columns of {@code work_order}; each step is one UPDATE of one row. */
public final class JdbcInvoiceSyncs implements InvoiceSyncs {
    private final JdbcClient jdbc;
    private final Clock clock;

    public JdbcInvoiceSyncs(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<PushState> readLocked(TenantId tenant, WorkOrderId workOrder) {
        return jdbc.sql("""
                SELECT invoice_sync_state, invoice_draft_name, push_outcome_unknown, settings_version FROM work_order
                WHERE tenant_id = :tenant AND id = :id FOR UPDATE""")
                .param("tenant", tenant.value())
                .param("id", workOrder.value())
                .query((rs, row) -> new PushState(
                        InvoiceSyncState.valueOf(rs.getString(1)), rs.getString(2), rs.getBoolean(3), (Integer)
                                rs.getObject(4)))
                .optional();
    }

    @Override
    public void queue(TenantId tenant, WorkOrderId workOrder, Integer settingsVersion) {
        set(
                tenant,
                workOrder,
                "invoice_sync_state = 'QUEUED', invoice_sync_message = NULL, settings_version = :value,"
                        + " invoice_queued_at = :now",
                settingsVersion);
    }

    @Override
    public java.util.List<WorkOrderId> resendable(TenantId tenant) {
        return jdbc.sql("SELECT id FROM work_order WHERE tenant_id = :tenant AND status = 'ARCHIVED'"
                        + " AND invoice_sync_state IN ('FAILED', 'NOT_SENT') ORDER BY number")
                .param("tenant", tenant.value())
                .query((rs, row) -> new WorkOrderId(rs.getLong(1)))
                .list();
    }

    @Override
    public void notSent(TenantId tenant, WorkOrderId workOrder, String message) {
        set(tenant, workOrder, "invoice_sync_state = 'NOT_SENT', invoice_sync_message = :value", message);
    }

    /** The unique index on (tenant_id, invoice_draft_name_key) makes two reservations of one name impossible. */
    @Override
    public NameReservation reserveName(TenantId tenant, WorkOrderId workOrder, String current, String draftName) {
        try {
            int changed = jdbc.sql("""
                    UPDATE work_order SET invoice_draft_name = :value, invoice_draft_name_key = lower(btrim(:value))
                    WHERE tenant_id = :tenant AND id = :id
                      AND invoice_draft_name IS NOT DISTINCT FROM CAST(:current AS TEXT)""")
                    .param("value", draftName)
                    .param("current", current)
                    .param("tenant", tenant.value())
                    .param("id", workOrder.value())
                    .update();
            return changed == 1 ? NameReservation.RESERVED : NameReservation.CHANGED_MEANWHILE;
        } catch (DuplicateKeyException taken) {
            return NameReservation.TAKEN;
        }
    }

    @Override
    public void attemptStarted(TenantId tenant, WorkOrderId workOrder) {
        set(tenant, workOrder, "push_outcome_unknown = TRUE, push_attempts = push_attempts + 1", null);
    }

    @Override
    public void sent(TenantId tenant, WorkOrderId workOrder, String draftId) {
        set(
                tenant,
                workOrder,
                "invoice_sync_state = 'SENT', invoice_sync_message = NULL, push_outcome_unknown = FALSE,"
                        + " fs_draft_id = :value, invoice_sent_at = :now",
                draftId);
    }

    @Override
    public void skipped(TenantId tenant, WorkOrderId workOrder, String message) {
        set(tenant, workOrder, "invoice_sync_state = 'SKIPPED', invoice_sync_message = :value", message);
    }

    @Override
    public void failed(TenantId tenant, WorkOrderId workOrder, String message) {
        set(
                tenant,
                workOrder,
                "invoice_sync_state = 'FAILED', invoice_sync_message = :value," + " push_outcome_unknown = FALSE",
                message);
    }

    @Override
    public void failedUnsettled(TenantId tenant, WorkOrderId workOrder, String message) {
        set(tenant, workOrder, "invoice_sync_state = 'FAILED', invoice_sync_message = :value", message);
    }

    private void set(TenantId tenant, WorkOrderId workOrder, String assignments, Object value) {
        jdbc.sql("UPDATE work_order SET " + assignments + " WHERE tenant_id = :tenant AND id = :id")
                .param("value", value)
                .param("now", Timestamps.toDb(clock.instant()))
                .param("tenant", tenant.value())
                .param("id", workOrder.value())
                .update();
    }
}
