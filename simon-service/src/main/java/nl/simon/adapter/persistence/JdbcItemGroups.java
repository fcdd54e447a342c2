package nl.simon.adapter.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.simon.item.ItemGroup;
import nl.simon.item.ItemGroupId;
import nl.simon.item.ItemGroups;
import nl.simon.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;

public final class JdbcItemGroups implements ItemGroups {
    private final JdbcClient jdbc;
    private final Clock clock;

    public JdbcItemGroups(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public ItemGroup named(TenantId tenant, String name) {
        jdbc.sql("""
                INSERT INTO item_group (tenant_id, name, changed_at) VALUES (:tenant, :name, :now)
                ON CONFLICT (tenant_id, name) DO NOTHING""")
                .param("tenant", tenant.value())
                .param("name", name)
                .param("now", Timestamps.toDb(clock.instant()))
                .update();
        return jdbc.sql("SELECT * FROM item_group WHERE tenant_id = :tenant AND name = :name")
                .param("tenant", tenant.value())
                .param("name", name)
                .query(JdbcItemGroups::map)
                .single();
    }

    @Override
    public Optional<ItemGroup> byId(TenantId tenant, ItemGroupId id) {
        return jdbc.sql("SELECT * FROM item_group WHERE tenant_id = :tenant AND id = :id")
                .param("tenant", tenant.value())
                .param("id", id.value())
                .query(JdbcItemGroups::map)
                .optional();
    }

    @Override
    public List<ItemGroup> all(TenantId tenant) {
        return jdbc.sql("SELECT * FROM item_group WHERE tenant_id = :tenant ORDER BY lower(name), id")
                .param("tenant", tenant.value())
                .query(JdbcItemGroups::map)
                .list();
    }

    private static ItemGroup map(ResultSet rs, int row) throws SQLException {
        return new ItemGroup(
                new ItemGroupId(rs.getLong("id")), rs.getString("name"), Timestamps.instant(rs, "changed_at"));
    }
}
