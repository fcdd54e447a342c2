package nl.simon.adapter.persistence;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.simon.integration.fs.FsClientInfo;
import nl.simon.integration.fs.FsProductInfo;
import nl.simon.integration.lifecycle.SimonTable;
import nl.simon.integration.pull.Known;
import nl.simon.integration.pull.MasterData;
import nl.simon.integration.pull.PulledCustomer;
import nl.simon.integration.pull.PulledItem;
import nl.simon.shared.TenantId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Customers and items written by the pulls: one round trip per page and kind (new records as arrays, changes batched). */
public final class JdbcMasterData implements MasterData {
    static final String ITEM_GROUP = "FactuurSturen";
    private static final int CHUNK = 5_000;
    /** Statistics of a table this big are good enough for the pull's plans. */
    static final int KNOWN_ROWS = 10_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Clock clock;
    private final JdbcTableActivity activity;

    public JdbcMasterData(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.clock = clock;
        this.activity = new JdbcTableActivity(jdbc, clock);
    }

    @Override
    public Table<PulledCustomer> customers() {
        return new Table<>() {
            @Override
            public Map<String, Known> known(TenantId tenant) {
                return knownCustomers(tenant);
            }

            @Override
            public void add(TenantId tenant, List<PulledCustomer> records) {
                addCustomers(tenant, records);
            }

            @Override
            public void update(TenantId tenant, List<PulledCustomer> records) {
                updateCustomers(tenant, records);
            }

            @Override
            public void markGone(TenantId tenant, Collection<String> keys) {
                markCustomersGone(tenant, keys);
            }

            @Override
            public void refreshStatistics() {
                refreshCustomerStatistics();
            }
        };
    }

    @Override
    public Table<PulledItem> items() {
        return new Table<>() {
            @Override
            public Map<String, Known> known(TenantId tenant) {
                return knownItems(tenant);
            }

            @Override
            public void add(TenantId tenant, List<PulledItem> records) {
                addItems(tenant, records);
            }

            @Override
            public void update(TenantId tenant, List<PulledItem> records) {
                updateItems(tenant, records);
            }

            @Override
            public void markGone(TenantId tenant, Collection<String> keys) {
                markItemsGone(tenant, keys);
            }

            @Override
            public void refreshStatistics() {
                refreshItemStatistics();
            }
        };
    }

    public Map<String, Known> knownCustomers(TenantId tenant) {
        return known("SELECT id, fs_client_nr AS fs_key, fs_hash, fs_deleted FROM customer"
                + " WHERE tenant_id = ? AND fs_client_nr IS NOT NULL AND origin = 'FACTUURSTUREN'", tenant);
    }

    public Map<String, Known> knownItems(TenantId tenant) {
        return known("SELECT id, fs_product_id AS fs_key, fs_hash, fs_deleted FROM item"
                + " WHERE tenant_id = ? AND fs_product_id IS NOT NULL AND origin = 'FACTUURSTUREN'", tenant);
    }

    private Map<String, Known> known(String sql, TenantId tenant) {
        Map<String, Known> known = new HashMap<>();
        template.query(sql, rs -> {
            known.put(rs.getString("fs_key"), new Known(rs.getLong("id"), rs.getString("fs_hash"),
                    rs.getBoolean("fs_deleted")));
        }, tenant.value());
        return known;
    }

    /**
     * One statement and round trip per page: the page's fields travel as arrays, the customers are
     * inserted in page order, and their ids come back to insert the work addresses in the same statement
     * (the foreign-key checks run at the statement's end, when the customers are there).
     */
    public void addCustomers(TenantId tenant, List<PulledCustomer> customers) {
        if (customers.isEmpty()) {
            return;
        }
        OffsetDateTime now = Timestamps.toDb(clock.instant());
        int n = customers.size();
        String[][] text = new String[9][n];
        Boolean[] active = new Boolean[n];
        Boolean[] hasAddress = new Boolean[n];
        for (int i = 0; i < n; i++) {
            PulledCustomer pulled = customers.get(i);
            FsClientInfo c = pulled.client();
            text[0][i] = c.name();
            text[1][i] = c.address();
            text[2][i] = c.zipcode();
            text[3][i] = c.city();
            text[4][i] = c.country();
            text[5][i] = c.email();
            text[6][i] = c.phone();
            text[7][i] = c.clientnr();
            text[8][i] = pulled.hash();
            active[i] = c.active();
            hasAddress[i] = pulled.hasAddress();
        }
        template.update("""
                WITH page AS (
                    SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                                         ?::text[], ?::text[], ?::boolean[], ?::boolean[]) WITH ORDINALITY
                        AS p (name, address, zipcode, city, country, email, phone, fs_client_nr, fs_hash, active,
                              has_address, ord)
                ), added AS (
                    INSERT INTO customer (tenant_id, name, address, zipcode, city, country, email, phone, fs_client_nr,
                                          origin, active, fs_active, fs_hash, changed_at)
                    SELECT ?, name, address, zipcode, city, country, email, phone, fs_client_nr, 'FACTUURSTUREN',
                           active, active, fs_hash, ?
                    FROM page ORDER BY ord
                    RETURNING tenant_id, id, fs_client_nr
                )
                INSERT INTO location (tenant_id, customer_id, name, address, zipcode, city, fs_default, changed_at)
                SELECT added.tenant_id, added.id, page.address, page.address, page.zipcode, page.city, TRUE, ?
                FROM added JOIN page ON page.fs_client_nr = added.fs_client_nr
                WHERE page.has_address ORDER BY page.ord""", ps -> {
                    Connection connection = ps.getConnection();
                    for (int column = 0; column < 9; column++) {
                        ps.setArray(column + 1, connection.createArrayOf("text", text[column]));
                    }
                    ps.setArray(10, connection.createArrayOf("bool", active));
                    ps.setArray(11, connection.createArrayOf("bool", hasAddress));
                    ps.setLong(12, tenant.value());
                    ps.setObject(13, now);
                    ps.setObject(14, now);
                });
    }

    public void updateCustomers(TenantId tenant, List<PulledCustomer> customers) {
        OffsetDateTime now = Timestamps.toDb(clock.instant());
        template.batchUpdate("""
                UPDATE customer SET name = ?, address = ?, zipcode = ?, city = ?, country = ?, email = ?, phone = ?,
                       active = ?, fs_active = ?, fs_deleted = FALSE, fs_hash = ?, changed_at = ?
                WHERE tenant_id = ? AND fs_client_nr = ?""", customers, customers.size(), (ps, pulled) -> {
                    customerFields(ps, 1, pulled);
                    ps.setBoolean(8, pulled.client().active());
                    ps.setBoolean(9, pulled.client().active());
                    ps.setString(10, pulled.hash());
                    ps.setObject(11, now);
                    ps.setLong(12, tenant.value());
                    ps.setString(13, pulled.client().clientnr());
                });
        List<PulledCustomer> withAddress = customers.stream().filter(PulledCustomer::hasAddress).toList();
        template.batchUpdate("""
                UPDATE location SET name = ?, address = ?, zipcode = ?, city = ?, changed_at = ?
                WHERE fs_default AND tenant_id = ? AND customer_id =
                      (SELECT id FROM customer WHERE tenant_id = location.tenant_id AND fs_client_nr = ?)""",
                withAddress, withAddress.size(), (ps, pulled) -> locationFields(ps, pulled, now, tenant));
        template.batchUpdate("""
                INSERT INTO location (tenant_id, customer_id, name, address, zipcode, city, fs_default, changed_at)
                SELECT c.tenant_id, c.id, ?, ?, ?, ?, TRUE, ? FROM customer c
                WHERE c.tenant_id = ? AND c.fs_client_nr = ?
                  AND NOT EXISTS (SELECT 1 FROM location l WHERE l.tenant_id = c.tenant_id AND l.customer_id = c.id
                                  AND l.fs_default)""", withAddress, withAddress.size(),
                (ps, pulled) -> locationFields(ps, pulled, now, tenant));
    }

    public void markCustomersGone(TenantId tenant, Collection<String> clientNumbers) {
        markGone("UPDATE customer SET fs_deleted = TRUE, active = FALSE, changed_at = :now"
                + " WHERE tenant_id = :tenant AND fs_client_nr IN (:keys)", tenant, clientNumbers);
    }

    /** In chunks: PostgreSQL takes at most 32,767 parameters a statement. */
    private void markGone(String sql, TenantId tenant, Collection<String> keys) {
        List<String> all = List.copyOf(keys);
        for (int from = 0; from < all.size(); from += CHUNK) {
            jdbc.sql(sql).param("now", Timestamps.toDb(clock.instant())).param("tenant", tenant.value())
                    .param("keys", all.subList(from, Math.min(all.size(), from + CHUNK))).update();
        }
    }

    /** One statement per page, the fields as arrays (as {@link #addCustomers}). */
    public void addItems(TenantId tenant, List<PulledItem> items) {
        if (items.isEmpty()) {
            return;
        }
        long group = itemGroup(tenant);
        OffsetDateTime now = Timestamps.toDb(clock.instant());
        int n = items.size();
        String[][] text = new String[6][n];
        for (int i = 0; i < n; i++) {
            PulledItem pulled = items.get(i);
            FsProductInfo p = pulled.product();
            text[0][i] = p.code() == null ? "" : p.code();
            text[1][i] = p.name() == null ? "" : p.name();
            text[2][i] = (p.price() == null ? BigDecimal.ZERO : p.price()).toString();
            text[3][i] = (p.vatPercentage() == null ? BigDecimal.ZERO : p.vatPercentage()).toString();
            text[4][i] = p.id();
            text[5][i] = pulled.hash();
        }
        template.update("""
                INSERT INTO item (tenant_id, item_group_id, code, name, price, vat_percentage, fs_product_id, origin,
                                  active, fs_hash, changed_at)
                SELECT ?, ?, code, name, price::numeric, vat_percentage::numeric, fs_product_id, 'FACTUURSTUREN', TRUE,
                       fs_hash, ?
                FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) WITH ORDINALITY
                    AS p (code, name, price, vat_percentage, fs_product_id, fs_hash, ord)
                ORDER BY ord""", ps -> {
                    ps.setLong(1, tenant.value());
                    ps.setLong(2, group);
                    ps.setObject(3, now);
                    Connection connection = ps.getConnection();
                    for (int column = 0; column < 6; column++) {
                        ps.setArray(column + 4, connection.createArrayOf("text", text[column]));
                    }
                });
    }

    public void updateItems(TenantId tenant, List<PulledItem> items) {
        OffsetDateTime now = Timestamps.toDb(clock.instant());
        template.batchUpdate("""
                UPDATE item SET code = ?, name = ?, price = ?, vat_percentage = ?, active = TRUE, fs_deleted = FALSE,
                       fs_hash = ?, changed_at = ?
                WHERE tenant_id = ? AND fs_product_id = ?""", items, items.size(), (ps, pulled) -> {
                    productFields(ps, 1, pulled.product());
                    ps.setString(5, pulled.hash());
                    ps.setObject(6, now);
                    ps.setLong(7, tenant.value());
                    ps.setString(8, pulled.product().id());
                });
    }

    public void markItemsGone(TenantId tenant, Collection<String> productIds) {
        markGone("UPDATE item SET fs_deleted = TRUE, active = FALSE, changed_at = :now"
                + " WHERE tenant_id = :tenant AND fs_product_id IN (:keys)", tenant, productIds);
    }

    /**
     * Analyzes the master-data tables whose statistics still describe a (nearly) empty table: a plan
     * cached then would scan a tenant's customers for every location's foreign-key check (README,
     * "Initial import"). Once the planner knows the tables hold thousands of rows, autovacuum keeps
     * the statistics fresh, and a tenant's first import no longer analyzes: with thousands of tenants
     * importing, an ANALYZE each (they queue on each other's lock) took the import rate down 10×.
     */
    public void refreshCustomerStatistics() {
        analyzeWhileNearlyEmpty("customer", "location");
    }

    public void refreshItemStatistics() {
        analyzeWhileNearlyEmpty("item");
    }

    private void analyzeWhileNearlyEmpty(String... tables) {
        List<String> stale = jdbc.sql("SELECT relname FROM pg_class WHERE relname IN (:tables) AND relkind = 'r'"
                + " AND pg_table_is_visible(oid) AND reltuples < :rows").param("tables", List.of(tables))
                .param("rows", KNOWN_ROWS).query(String.class).list();
        if (!stale.isEmpty()) {
            template.execute("ANALYZE " + String.join(", ", stale));
        }
    }

    /** The tenant's one item group for FactuurSturen products (FS has no product groups). */
    private long itemGroup(TenantId tenant) {
        int made = jdbc.sql("""
                INSERT INTO item_group (tenant_id, name, changed_at) VALUES (:tenant, :name, :now)
                ON CONFLICT (tenant_id, name) DO NOTHING""")
                .param("tenant", tenant.value()).param("name", ITEM_GROUP)
                .param("now", Timestamps.toDb(clock.instant())).update();
        if (made == 1) {
            activity.integrationUpdated(tenant, SimonTable.ItemGroup);
        }
        return jdbc.sql("SELECT id FROM item_group WHERE tenant_id = :tenant AND name = :name")
                .param("tenant", tenant.value()).param("name", ITEM_GROUP).query(Long.class).single();
    }

    private static void customerFields(PreparedStatement ps, int first, PulledCustomer pulled) throws SQLException {
        FsClientInfo c = pulled.client();
        ps.setString(first, c.name());
        ps.setString(first + 1, c.address());
        ps.setString(first + 2, c.zipcode());
        ps.setString(first + 3, c.city());
        ps.setString(first + 4, c.country());
        ps.setString(first + 5, c.email());
        ps.setString(first + 6, c.phone());
    }

    private static void locationFields(PreparedStatement ps, PulledCustomer pulled, OffsetDateTime now, TenantId tenant)
            throws SQLException {
        FsClientInfo c = pulled.client();
        ps.setString(1, c.address());
        ps.setString(2, c.address());
        ps.setString(3, c.zipcode());
        ps.setString(4, c.city());
        ps.setObject(5, now);
        ps.setLong(6, tenant.value());
        ps.setString(7, c.clientnr());
    }

    private static void productFields(PreparedStatement ps, int first, FsProductInfo p) throws SQLException {
        ps.setString(first, p.code() == null ? "" : p.code());
        ps.setString(first + 1, p.name() == null ? "" : p.name());
        ps.setBigDecimal(first + 2, p.price() == null ? java.math.BigDecimal.ZERO : p.price());
        ps.setBigDecimal(first + 3, p.vatPercentage() == null ? java.math.BigDecimal.ZERO : p.vatPercentage());
    }
}
