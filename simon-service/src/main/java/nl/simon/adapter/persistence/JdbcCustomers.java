package nl.simon.adapter.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.simon.customer.Address;
import nl.simon.customer.Customer;
import nl.simon.customer.CustomerId;
import nl.simon.customer.CustomerSearch;
import nl.simon.customer.Customers;
import nl.simon.integration.lifecycle.SimonTable;
import nl.simon.shared.Origin;
import nl.simon.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;

public final class JdbcCustomers implements Customers {
    private final JdbcClient jdbc;
    private final Clock clock;
    private final JdbcTableActivity activity;

    public JdbcCustomers(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.activity = new JdbcTableActivity(jdbc, clock);
    }

    @Override
    public Customer add(TenantId tenant, String name, Address address, String fsClientNr, Origin origin) {
        if (origin == Origin.SIMON) {
            activity.simonChanged(tenant, SimonTable.Customer);
        }
        return jdbc.sql("""
                INSERT INTO customer (tenant_id, name, address, zipcode, city, fs_client_nr, origin, active, changed_at)
                VALUES (:tenant, :name, :address, :zipcode, :city, :fsClientNr, :origin, TRUE, :now)
                RETURNING *""")
                .param("tenant", tenant.value())
                .param("name", name)
                .param("address", address.street())
                .param("zipcode", address.zipcode())
                .param("city", address.city())
                .param("fsClientNr", fsClientNr)
                .param("origin", origin.name())
                .param("now", Timestamps.toDb(clock.instant()))
                .query(JdbcCustomers::map)
                .single();
    }

    @Override
    public Optional<Customer> byId(TenantId tenant, CustomerId id) {
        return jdbc.sql("SELECT * FROM customer WHERE tenant_id = :tenant AND id = :id")
                .param("tenant", tenant.value())
                .param("id", id.value())
                .query(JdbcCustomers::map)
                .optional();
    }

    /**
     * Only a customer made in Simon: the pull's statements in turn change only customers from FactuurSturen
     * (origin FACTUURSTUREN), so neither overwrites the other.
     */
    @Override
    public Optional<Customer> updateSimonMade(
            TenantId tenant, CustomerId id, String name, Address address, String fsClientNr) {
        Optional<Customer> changed = jdbc.sql("""
                UPDATE customer SET name = :name, address = :address, zipcode = :zipcode, city = :city,
                                    fs_client_nr = :fsClientNr, changed_at = :now
                WHERE tenant_id = :tenant AND id = :id AND origin = 'SIMON'
                RETURNING *""")
                .param("tenant", tenant.value())
                .param("id", id.value())
                .param("name", name)
                .param("address", address.street())
                .param("zipcode", address.zipcode())
                .param("city", address.city())
                .param("fsClientNr", fsClientNr)
                .param("now", Timestamps.toDb(clock.instant()))
                .query(JdbcCustomers::map)
                .optional();
        if (changed.isPresent()) {
            activity.simonChanged(tenant, SimonTable.Customer);
        }
        return changed;
    }

    /**
     * Served by the trigram indexes of V9 when searching, by customer_tenant_lower_name_idx when listing, and the
     * count of active customers by customer_tenant_active_idx (V16). The flags are written into the statement rather
     * than bound ({@code active OR NOT :activeOnly}), so that every plan, also a prepared statement's generic one,
     * knows which rows it needs: as a parameter PostgreSQL read all of a tenant's rows to count the active ones.
     */
    private static String matching(String select, CustomerSearch search) {
        return select + "FROM customer WHERE tenant_id = :tenant"
                + (search.activeOnly() || search.invoiceableOnly() ? " AND active" : "")
                + (search.invoiceableOnly() ? " AND fs_client_nr IS NOT NULL" : "")
                + (SearchPattern.contains(search.query()) == null
                        ? ""
                        : " AND (name ILIKE :pattern OR address ILIKE :pattern OR zipcode ILIKE :pattern"
                                + " OR city ILIKE :pattern OR fs_client_nr ILIKE :pattern)");
    }

    @Override
    public List<Customer> search(TenantId tenant, CustomerSearch search, int limit, int offset) {
        return matching(
                        matching("SELECT * ", search) + " ORDER BY lower(name), id" + PageClause.of(limit, offset),
                        tenant,
                        search)
                .query(JdbcCustomers::map)
                .list();
    }

    @Override
    public long count(TenantId tenant, CustomerSearch search) {
        return matching(matching("SELECT count(*) ", search), tenant, search)
                .query(Long.class)
                .single();
    }

    private JdbcClient.StatementSpec matching(String sql, TenantId tenant, CustomerSearch search) {
        return jdbc.sql(sql).param("tenant", tenant.value()).param("pattern", SearchPattern.contains(search.query()));
    }

    @Override
    public Optional<Customer> byFsClientNr(TenantId tenant, String fsClientNr) {
        return jdbc.sql("SELECT * FROM customer WHERE tenant_id = :tenant AND fs_client_nr = :nr")
                .param("tenant", tenant.value())
                .param("nr", fsClientNr)
                .query(JdbcCustomers::map)
                .optional();
    }

    @Override
    public boolean fsClientNrTaken(TenantId tenant, String fsClientNr) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM customer WHERE tenant_id = :tenant AND fs_client_nr = :nr)")
                .param("tenant", tenant.value())
                .param("nr", fsClientNr)
                .query(Boolean.class)
                .single();
    }

    private static Customer map(ResultSet rs, int row) throws SQLException {
        Address address = new Address(rs.getString("address"), rs.getString("zipcode"), rs.getString("city"));
        return new Customer(
                new CustomerId(rs.getLong("id")),
                rs.getString("name"),
                address,
                rs.getString("fs_client_nr"),
                Origin.valueOf(rs.getString("origin")),
                rs.getBoolean("active"),
                Timestamps.instant(rs, "changed_at"));
    }
}
