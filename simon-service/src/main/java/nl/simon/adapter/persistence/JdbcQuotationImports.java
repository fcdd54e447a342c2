package nl.simon.adapter.persistence;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import nl.simon.integration.quotations.QuotationImports;
import nl.simon.shared.TenantId;
import nl.simon.workorder.WorkOrderId;
import org.springframework.jdbc.core.simple.JdbcClient;

public final class JdbcQuotationImports implements QuotationImports {
    private final JdbcClient jdbc;
    private final Clock clock;

    public JdbcQuotationImports(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Map<String, Boolean> known(TenantId tenant) {
        Map<String, Boolean> known = new HashMap<>();
        jdbc.sql("SELECT fs_quotation_id, state FROM quotation_import WHERE tenant_id = :tenant")
                .param("tenant", tenant.value())
                .query((rs, row) -> known.put(rs.getString(1), "IMPORTED".equals(rs.getString(2))))
                .list();
        return known;
    }

    @Override
    public boolean waiting(TenantId tenant, String quotationId) {
        return jdbc.sql("""
                INSERT INTO quotation_import (tenant_id, fs_quotation_id, state, first_seen_at)
                VALUES (:tenant, :id, 'WAITING_FOR_CUSTOMER', :now) ON CONFLICT DO NOTHING""")
                        .param("tenant", tenant.value())
                        .param("id", quotationId)
                        .param("now", Timestamps.toDb(clock.instant()))
                        .update()
                == 1;
    }

    @Override
    public void imported(TenantId tenant, String quotationId, WorkOrderId workOrder) {
        jdbc.sql("""
                INSERT INTO quotation_import (tenant_id, fs_quotation_id, state, work_order_id, first_seen_at, imported_at)
                VALUES (:tenant, :id, 'IMPORTED', :workOrder, :now, :now)
                ON CONFLICT (tenant_id, fs_quotation_id)
                DO UPDATE SET state = 'IMPORTED', work_order_id = :workOrder, imported_at = :now""")
                .param("tenant", tenant.value())
                .param("id", quotationId)
                .param("workOrder", workOrder.value())
                .param("now", Timestamps.toDb(clock.instant()))
                .update();
    }

    @Override
    public Optional<WorkOrderId> workOrderOf(TenantId tenant, String quotationId) {
        return jdbc.sql("""
                SELECT w.id FROM quotation_import q
                JOIN work_order w ON w.tenant_id = q.tenant_id AND w.id = q.work_order_id
                WHERE q.tenant_id = :tenant AND q.fs_quotation_id = :id""")
                .param("tenant", tenant.value())
                .param("id", quotationId)
                .query((rs, row) -> new WorkOrderId(rs.getLong(1)))
                .optional();
    }
}
