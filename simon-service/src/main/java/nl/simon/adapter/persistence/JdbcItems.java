package nl.simon.adapter.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.simon.integration.lifecycle.SimonTable;
import nl.simon.item.Item;
import nl.simon.item.ItemGroupId;
import nl.simon.item.ItemId;
import nl.simon.item.Items;
import nl.simon.shared.Origin;
import nl.simon.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;

public final class JdbcItems implements Items {
    private final JdbcClient jdbc;
    private final Clock clock;
    private final JdbcTableActivity activity;

    public JdbcItems(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.activity = new JdbcTableActivity(jdbc, clock);
    }

    @Override
    public Item add(
            TenantId tenant,
            ItemGroupId group,
            String code,
            String name,
            BigDecimal price,
            BigDecimal vat,
            String fsProductId,
            Origin origin) {
        if (origin == Origin.SIMON) {
            activity.simonChanged(tenant, SimonTable.Item);
        }
        return jdbc.sql("""
                INSERT INTO item (tenant_id, item_group_id, code, name, price, vat_percentage, fs_product_id,
                                  origin, active, changed_at)
                VALUES (:tenant, :group, :code, :name, :price, :vat, :fsProductId, :origin, TRUE, :now)
                RETURNING *""")
                .param("tenant", tenant.value())
                .param("group", group.value())
                .param("code", code)
                .param("name", name)
                .param("price", price)
                .param("vat", vat)
                .param("fsProductId", fsProductId)
                .param("origin", origin.name())
                .param("now", Timestamps.toDb(clock.instant()))
                .query(JdbcItems::map)
                .single();
    }

    @Override
    public Optional<Item> byId(TenantId tenant, ItemId id) {
        return jdbc.sql("SELECT * FROM item WHERE tenant_id = :tenant AND id = :id")
                .param("tenant", tenant.value())
                .param("id", id.value())
                .query(JdbcItems::map)
                .optional();
    }

    @Override
    public Optional<Item> activeByCode(TenantId tenant, String code) {
        return jdbc.sql("""
                SELECT * FROM item WHERE tenant_id = :tenant AND code = :code AND active
                ORDER BY origin = 'FACTUURSTUREN' DESC, id LIMIT 1""")
                .param("tenant", tenant.value())
                .param("code", code)
                .query(JdbcItems::map)
                .optional();
    }

    @Override
    public Optional<Item> activeByName(TenantId tenant, String name) {
        return jdbc.sql("""
                SELECT * FROM item WHERE tenant_id = :tenant AND lower(name) = lower(:name) AND active
                ORDER BY origin = 'FACTUURSTUREN' DESC, id LIMIT 1""")
                .param("tenant", tenant.value())
                .param("name", name)
                .query(JdbcItems::map)
                .optional();
    }

    /**
     * The flags and the search are written into the statement only when they apply: as bound parameters ({@code
     * active OR NOT :activeOnly}, {@code :pattern IS NULL OR ...}) a prepared statement's generic plan could use
     * neither the trigram indexes nor the code order (issue 17).
     */
    private static String matching(String select, String query, boolean activeOnly) {
        return select + "FROM item WHERE tenant_id = :tenant" + (activeOnly ? " AND active" : "")
                + (SearchPattern.contains(query) == null
                        ? ""
                        : " AND (code ILIKE :pattern OR name ILIKE :pattern OR fs_product_id ILIKE :pattern)");
    }

    @Override
    public long count(TenantId tenant, String query, boolean activeOnly) {
        return jdbc.sql(matching("SELECT count(*) ", query, activeOnly))
                .param("tenant", tenant.value())
                .param("pattern", SearchPattern.contains(query))
                .query(Long.class)
                .single();
    }

    @Override
    public List<Item> search(TenantId tenant, String query, boolean activeOnly, int limit, int offset) {
        return jdbc.sql(matching("SELECT * ", query, activeOnly) + " ORDER BY code, id" + PageClause.of(limit, offset))
                .param("tenant", tenant.value())
                .param("pattern", SearchPattern.contains(query))
                .query(JdbcItems::map)
                .list();
    }

    private static Item map(ResultSet rs, int row) throws SQLException {
        return new Item(
                new ItemId(rs.getLong("id")),
                new ItemGroupId(rs.getLong("item_group_id")),
                rs.getString("code"),
                rs.getString("name"),
                rs.getBigDecimal("price").stripTrailingZeros(),
                rs.getBigDecimal("vat_percentage").stripTrailingZeros(),
                rs.getString("fs_product_id"),
                Origin.valueOf(rs.getString("origin")),
                rs.getBoolean("active"),
                Timestamps.instant(rs, "changed_at"));
    }
}
