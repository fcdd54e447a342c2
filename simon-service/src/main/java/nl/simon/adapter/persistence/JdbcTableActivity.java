package nl.simon.adapter.persistence;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.simon.integration.lifecycle.SimonTable;
import nl.simon.integration.lifecycle.TableActivity;
import nl.simon.integration.lifecycle.TableActivityRow;
import nl.simon.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Per tenant and table: the last change made in Simon and the last update by the integration. */
public final class JdbcTableActivity implements TableActivity {
    private final JdbcClient jdbc;
    private final Clock clock;

    public JdbcTableActivity(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Called by the Simon-side adapters when a user adds or changes a row of {@code table}. */
    void simonChanged(TenantId tenant, SimonTable table) {
        touch(tenant, table, "simon_changed_at");
    }

    @Override
    public void integrationUpdated(TenantId tenant, SimonTable table) {
        touch(tenant, table, "integration_updated_at");
    }

    private void touch(TenantId tenant, SimonTable table, String column) {
        jdbc.sql("INSERT INTO table_activity (tenant_id, table_name, " + column + ") VALUES (:tenant, :table, :now)"
                        + " ON CONFLICT (tenant_id, table_name) DO UPDATE SET " + column + " = EXCLUDED." + column)
                .param("tenant", tenant.value())
                .param("table", table.name())
                .param("now", Timestamps.toDb(clock.instant()))
                .update();
    }

    @Override
    public void forgetSimonChanges(TenantId tenant, Set<SimonTable> tables) {
        if (tables.isEmpty()) {
            return;
        }
        jdbc.sql(
                        "UPDATE table_activity SET simon_changed_at = NULL WHERE tenant_id = :tenant AND table_name IN (:tables)")
                .param("tenant", tenant.value())
                .param("tables", tables.stream().map(Enum::name).toList())
                .update();
    }

    @Override
    public List<TableActivityRow> of(TenantId tenant) {
        Map<String, TableActivityRow> stored = jdbc
                .sql("SELECT * FROM table_activity WHERE tenant_id = :tenant")
                .param("tenant", tenant.value())
                .query((rs, row) -> new TableActivityRow(
                        SimonTable.valueOf(rs.getString("table_name")),
                        Timestamps.instant(rs, "simon_changed_at"),
                        Timestamps.instant(rs, "integration_updated_at")))
                .list()
                .stream()
                .collect(Collectors.toMap(row -> row.table().name(), Function.identity()));
        List<TableActivityRow> rows = new ArrayList<>();
        for (SimonTable table :
                List.of(SimonTable.ItemGroup, SimonTable.Item, SimonTable.Customer, SimonTable.Location)) {
            rows.add(stored.getOrDefault(table.name(), new TableActivityRow(table, null, null)));
        }
        return rows;
    }
}
