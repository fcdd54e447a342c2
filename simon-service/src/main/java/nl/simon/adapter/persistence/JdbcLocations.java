package nl.simon.adapter.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.simon.customer.Address;
import nl.simon.customer.CustomerId;
import nl.simon.customer.Location;
import nl.simon.customer.LocationId;
import nl.simon.customer.Locations;
import nl.simon.integration.lifecycle.SimonTable;
import nl.simon.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;

public final class JdbcLocations implements Locations {
    private final JdbcClient jdbc;
    private final Clock clock;
    private final JdbcTableActivity activity;

    public JdbcLocations(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.activity = new JdbcTableActivity(jdbc, clock);
    }

    @Override
    public Location add(TenantId tenant, CustomerId customer, String name, Address address) {
        activity.simonChanged(tenant, SimonTable.Location);
        return jdbc.sql("""
                INSERT INTO location (tenant_id, customer_id, name, address, zipcode, city, changed_at)
                VALUES (:tenant, :customer, :name, :address, :zipcode, :city, :now) RETURNING *""")
                .param("tenant", tenant.value())
                .param("customer", customer.value())
                .param("name", name)
                .param("address", address.street())
                .param("zipcode", address.zipcode())
                .param("city", address.city())
                .param("now", Timestamps.toDb(clock.instant()))
                .query(JdbcLocations::map)
                .single();
    }

    @Override
    public Optional<Location> byId(TenantId tenant, LocationId id) {
        return jdbc.sql("SELECT * FROM location WHERE tenant_id = :tenant AND id = :id")
                .param("tenant", tenant.value())
                .param("id", id.value())
                .query(JdbcLocations::map)
                .optional();
    }

    /** Never the work address the pull made (fs_default), which only the pull changes. */
    @Override
    public Optional<Location> updateSimonMade(TenantId tenant, LocationId id, String name, Address address) {
        Optional<Location> changed = jdbc.sql("""
                UPDATE location SET name = :name, address = :address, zipcode = :zipcode, city = :city,
                                    changed_at = :now
                WHERE tenant_id = :tenant AND id = :id AND NOT fs_default
                RETURNING *""")
                .param("tenant", tenant.value())
                .param("id", id.value())
                .param("name", name)
                .param("address", address.street())
                .param("zipcode", address.zipcode())
                .param("city", address.city())
                .param("now", Timestamps.toDb(clock.instant()))
                .query(JdbcLocations::map)
                .optional();
        if (changed.isPresent()) {
            activity.simonChanged(tenant, SimonTable.Location);
        }
        return changed;
    }

    @Override
    public List<Location> ofCustomer(TenantId tenant, CustomerId customer) {
        return jdbc.sql("SELECT * FROM location WHERE tenant_id = :tenant AND customer_id = :customer ORDER BY id")
                .param("tenant", tenant.value())
                .param("customer", customer.value())
                .query(JdbcLocations::map)
                .list();
    }

    @Override
    public List<Location> ofCustomers(TenantId tenant, List<CustomerId> customers) {
        if (customers.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM location WHERE tenant_id = :tenant AND customer_id = ANY (:customers)"
                        + " ORDER BY customer_id, id")
                .param("tenant", tenant.value())
                .param("customers", customers.stream().map(CustomerId::value).toArray(Long[]::new))
                .query(JdbcLocations::map)
                .list();
    }

    private static final String OF_CUSTOMER = """
            FROM location WHERE tenant_id = :tenant AND customer_id = :customer
              AND (CAST(:pattern AS TEXT) IS NULL OR name ILIKE :pattern OR address ILIKE :pattern
                   OR zipcode ILIKE :pattern OR city ILIKE :pattern)""";

    @Override
    public List<Location> ofCustomer(TenantId tenant, CustomerId customer, String query, int limit, int offset) {
        return jdbc.sql("SELECT * " + OF_CUSTOMER + " ORDER BY id" + PageClause.of(limit, offset))
                .param("tenant", tenant.value())
                .param("customer", customer.value())
                .param("pattern", SearchPattern.contains(query))
                .query(JdbcLocations::map)
                .list();
    }

    @Override
    public long countOfCustomer(TenantId tenant, CustomerId customer, String query) {
        return jdbc.sql("SELECT count(*) " + OF_CUSTOMER)
                .param("tenant", tenant.value())
                .param("customer", customer.value())
                .param("pattern", SearchPattern.contains(query))
                .query(Long.class)
                .single();
    }

    private static Location map(ResultSet rs, int row) throws SQLException {
        Address address = new Address(rs.getString("address"), rs.getString("zipcode"), rs.getString("city"));
        return new Location(
                new LocationId(rs.getLong("id")),
                new CustomerId(rs.getLong("customer_id")),
                rs.getString("name"),
                address,
                Timestamps.instant(rs, "changed_at"),
                rs.getBoolean("fs_default"));
    }
}
