package nl.simon.adapter.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.simon.integration.lifecycle.SimonData;
import nl.simon.integration.lifecycle.SimonTable;
import nl.simon.integration.lifecycle.TableCount;
import nl.simon.integration.lifecycle.UninvoicedWorkOrders;
import nl.simon.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Simon's seven wipeable tables; a work order's plannings, time sheets and used items go with it. */
public final class JdbcSimonData implements SimonData {
    private static final Map<SimonTable, String> TABLES = Map.of(
            SimonTable.ItemGroup, "item_group",
            SimonTable.Item, "item",
            SimonTable.WorkOrder, "work_order",
            SimonTable.Location, "location",
            SimonTable.Customer, "customer",
            SimonTable.Object, "simon_object",
            SimonTable.ContactPerson, "contact_person");
    /** Rows that point at others go first. */
    private static final List<SimonTable> DELETE_ORDER = List.of(
            SimonTable.WorkOrder,
            SimonTable.Object,
            SimonTable.ContactPerson,
            SimonTable.Location,
            SimonTable.Customer,
            SimonTable.Item,
            SimonTable.ItemGroup);

    private final JdbcClient jdbc;

    public JdbcSimonData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<TableCount> counts(TenantId tenant) {
        List<TableCount> counts = new ArrayList<>();
        for (SimonTable table : SimonTable.values()) {
            counts.add(jdbc.sql("SELECT count(*) AS n, max(changed_at) AS last FROM " + TABLES.get(table)
                            + " WHERE tenant_id = :tenant")
                    .param("tenant", tenant.value())
                    .query((rs, row) -> new TableCount(table, rs.getLong("n"), Timestamps.instant(rs, "last")))
                    .single());
        }
        return counts;
    }

    @Override
    public UninvoicedWorkOrders uninvoicedWorkOrders(TenantId tenant, int shown) {
        String where = " FROM work_order WHERE tenant_id = :tenant AND (status = 'COMPLETED'"
                + " OR (status = 'ARCHIVED' AND invoice_sync_state <> 'SENT'))";
        long count = jdbc.sql("SELECT count(*)" + where)
                .param("tenant", tenant.value())
                .query(Long.class)
                .single();
        List<Long> numbers = jdbc.sql("SELECT number" + where + " ORDER BY number LIMIT :shown")
                .param("tenant", tenant.value())
                .param("shown", shown)
                .query(Long.class)
                .list();
        return new UninvoicedWorkOrders(count, numbers);
    }

    @Override
    public void wipe(TenantId tenant, Set<SimonTable> tables) {
        ForeignKeyChecks.planOnce(jdbc);
        for (SimonTable table : DELETE_ORDER) {
            if (tables.contains(table)) {
                jdbc.sql("DELETE FROM " + TABLES.get(table) + " WHERE tenant_id = :tenant")
                        .param("tenant", tenant.value())
                        .update();
            }
        }
    }
}
