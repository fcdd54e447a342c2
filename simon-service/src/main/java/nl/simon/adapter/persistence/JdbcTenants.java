package nl.simon.adapter.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import nl.simon.shared.TenantId;
import nl.simon.tenant.Tenant;
import nl.simon.tenant.Tenants;
import org.springframework.jdbc.core.simple.JdbcClient;

public final class JdbcTenants implements Tenants {
    private final JdbcClient jdbc;
    private final Clock clock;

    public JdbcTenants(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Tenant add(String name) {
        return jdbc.sql("INSERT INTO tenant (name, created_at) VALUES (:name, :now) RETURNING *")
                .param("name", name)
                .param("now", Timestamps.toDb(clock.instant()))
                .query(JdbcTenants::map)
                .single();
    }

    @Override
    public Optional<Tenant> byName(String name) {
        return jdbc.sql("SELECT * FROM tenant WHERE name = :name")
                .param("name", name)
                .query(JdbcTenants::map)
                .optional();
    }

    @Override
    public long nextWorkOrderNumber(TenantId tenant) {
        return jdbc.sql("""
                UPDATE tenant SET next_work_order_number = next_work_order_number + 1
                WHERE id = :tenant RETURNING next_work_order_number - 1""").param("tenant", tenant.value()).query(Long.class).single();
    }

    private static Tenant map(ResultSet rs, int row) throws SQLException {
        return new Tenant(new TenantId(rs.getLong("id")), rs.getString("name"), Timestamps.instant(rs, "created_at"));
    }
}
