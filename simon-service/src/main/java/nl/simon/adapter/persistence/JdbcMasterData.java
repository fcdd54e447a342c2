package nl.simon.adapter.persistence;

import static nl.simon.adapter.persistence.JdbcMasterData.Column.bool;
import static nl.simon.adapter.persistence.JdbcMasterData.Column.numeric;
import static nl.simon.adapter.persistence.JdbcMasterData.Column.text;

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
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.simon.integration.fs.FsClientInfo;
import nl.simon.integration.lifecycle.SimonTable;
import nl.simon.integration.pull.PulledCustomer;
import nl.simon.integration.pull.PulledItem;
import nl.simon.integration.pull.Reconciliation.Known;
import nl.simon.integration.pull.Reconciliation.Table;
import nl.simon.shared.TenantId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Customers and items written by the pulls: one round trip per page and kind (new records as arrays, changes
 * batched). What a pulled record puts in which column is said once, in {@link #CUSTOMER} and {@link #ITEM}; the
 * statements and their parameters are built from those lists.
 */
public final class JdbcMasterData {
    static final String ITEM_GROUP = "FactuurSturen";
    private static final int CHUNK = 5_000;
    /** Statistics of a table this big are good enough for the pull's plans. */
    static final int KNOWN_ROWS = 10_000;

    /** The customer columns an FS client fills, on insert and on update (its key {@link #CLIENT_NR} aside). */
    static final List<Column<PulledCustomer>> CUSTOMER = List.of(
            text("name", pulled -> pulled.client().name()),
            text("address", pulled -> pulled.client().address()),
            text("zipcode", pulled -> pulled.client().zipcode()),
            text("city", pulled -> pulled.client().city()),
            text("country", pulled -> pulled.client().country()),
            text("email", pulled -> pulled.client().email()),
            text("phone", pulled -> pulled.client().phone()),
            bool("active", pulled -> pulled.client().active()),
            bool("fs_active", pulled -> pulled.client().active()),
            text("fs_hash", PulledCustomer::hash));

    static final Column<PulledCustomer> CLIENT_NR =
            text("fs_client_nr", pulled -> pulled.client().clientnr());
    /** Not stored: whether the new customer's FS address becomes its first work address. */
    private static final Column<PulledCustomer> HAS_ADDRESS = bool("has_address", PulledCustomer::hasAddress);

    /** The item columns an FS product fills, on insert and on update (its key {@link #PRODUCT_ID} aside). */
    static final List<Column<PulledItem>> ITEM = List.of(
            text("code", pulled -> orEmpty(pulled.product().code())),
            text("name", pulled -> orEmpty(pulled.product().name())),
            numeric("price", pulled -> orZero(pulled.product().price())),
            numeric("vat_percentage", pulled -> orZero(pulled.product().vatPercentage())),
            text("fs_hash", PulledItem::hash));

    static final Column<PulledItem> PRODUCT_ID =
            text("fs_product_id", pulled -> pulled.product().id());

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Clock clock;
    private final JdbcTableActivity activity;
    private final Customers customers = new Customers();
    private final Items items = new Items();

    public JdbcMasterData(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.clock = clock;
        this.activity = new JdbcTableActivity(jdbc, clock);
    }

    /** The pull's customers: {@link PulledCustomer#kind} writes them here. */
    public Table<PulledCustomer> customers() {
        return customers;
    }

    /** The pull's items: {@link PulledItem#kind} writes them here. */
    public Table<PulledItem> items() {
        return items;
    }

    /** Customers, each with its FS default address as its first work address when it has one. */
    private final class Customers implements Table<PulledCustomer> {
        @Override
        public Map<String, Known> known(TenantId tenant) {
            return knownRecords("customer", CLIENT_NR, tenant);
        }

        /**
         * One statement and round trip per page: the page's fields travel as arrays, the customers are
         * inserted in page order, and their ids come back to insert the work addresses in the same statement
         * (the foreign-key checks run at the statement's end, when the customers are there).
         */
        @Override
        public void add(TenantId tenant, List<PulledCustomer> customers) {
            if (customers.isEmpty()) {
                return;
            }
            OffsetDateTime now = Timestamps.toDb(clock.instant());
            List<Column<PulledCustomer>> stored = with(CUSTOMER, CLIENT_NR);
            List<Column<PulledCustomer>> page = with(stored, HAS_ADDRESS);
            template.update("""
                    WITH page AS (
                        SELECT * FROM %s
                    ), added AS (
                        INSERT INTO customer (tenant_id, %s, origin, changed_at)
                        SELECT ?, %s, 'FACTUURSTUREN', ?
                        FROM page ORDER BY ord
                        RETURNING tenant_id, id, fs_client_nr
                    )
                    INSERT INTO location (tenant_id, customer_id, name, address, zipcode, city, fs_default, changed_at)
                    SELECT added.tenant_id, added.id, page.address, page.address, page.zipcode, page.city, TRUE, ?
                    FROM added JOIN page ON page.fs_client_nr = added.fs_client_nr
                    WHERE page.has_address ORDER BY page.ord""".formatted(Column.unnest(page), Column.names(stored), Column.values(stored)), ps -> {
                int next = Column.bindArrays(ps, 1, page, customers);
                ps.setLong(next, tenant.value());
                ps.setObject(next + 1, now);
                ps.setObject(next + 2, now);
            });
        }

        /**
         * Changed customers and their FS-made work address; a customer FS had deleted counts as back. Every
         * statement matches customers from FactuurSturen only: a customer made (and maybe edited) in Simon is
         * never overwritten, whatever number it holds (issue 15 item 2).
         */
        @Override
        public void update(TenantId tenant, List<PulledCustomer> customers) {
            OffsetDateTime now = Timestamps.toDb(clock.instant());
            template.batchUpdate(
                    """
                    UPDATE customer SET %s, fs_deleted = FALSE, changed_at = ?
                    WHERE tenant_id = ? AND fs_client_nr = ? AND origin = 'FACTUURSTUREN'""".formatted(Column.assignments(CUSTOMER)), customers, customers.size(), (ps, pulled) -> {
                        int next = Column.bindValues(ps, 1, CUSTOMER, pulled);
                        ps.setObject(next, now);
                        ps.setLong(next + 1, tenant.value());
                        Column.bindValues(ps, next + 2, List.of(CLIENT_NR), pulled);
                    });
            List<PulledCustomer> withAddress =
                    customers.stream().filter(PulledCustomer::hasAddress).toList();
            template.batchUpdate(
                    """
                    UPDATE location SET name = ?, address = ?, zipcode = ?, city = ?, changed_at = ?
                    WHERE fs_default AND tenant_id = ? AND customer_id =
                          (SELECT id FROM customer WHERE tenant_id = location.tenant_id AND fs_client_nr = ?
                           AND origin = 'FACTUURSTUREN')""", withAddress, withAddress.size(), (ps, pulled) -> locationFields(ps, pulled, now, tenant));
            template.batchUpdate(
                    """
                    INSERT INTO location (tenant_id, customer_id, name, address, zipcode, city, fs_default, changed_at)
                    SELECT c.tenant_id, c.id, ?, ?, ?, ?, TRUE, ? FROM customer c
                    WHERE c.tenant_id = ? AND c.fs_client_nr = ? AND c.origin = 'FACTUURSTUREN'
                      AND NOT EXISTS (SELECT 1 FROM location l WHERE l.tenant_id = c.tenant_id AND l.customer_id = c.id
                                      AND l.fs_default)""", withAddress, withAddress.size(), (ps, pulled) -> locationFields(ps, pulled, now, tenant));
        }

        /** Hidden from pickers, left to the cleanup. */
        @Override
        public void markGone(TenantId tenant, Collection<String> clientNumbers) {
            markRecordsGone("customer", CLIENT_NR, tenant, clientNumbers);
        }

        @Override
        public void refreshStatistics() {
            analyzeWhileNearlyEmpty("customer", "location");
        }
    }

    /** Items, new ones in the tenant's "FactuurSturen" item group. */
    private final class Items implements Table<PulledItem> {
        @Override
        public Map<String, Known> known(TenantId tenant) {
            return knownRecords("item", PRODUCT_ID, tenant);
        }

        /** One statement per page, the fields as arrays (as the customers'). */
        @Override
        public void add(TenantId tenant, List<PulledItem> items) {
            if (items.isEmpty()) {
                return;
            }
            long group = itemGroup(tenant);
            OffsetDateTime now = Timestamps.toDb(clock.instant());
            List<Column<PulledItem>> stored = with(ITEM, PRODUCT_ID);
            template.update("""
                    INSERT INTO item (tenant_id, item_group_id, %s, origin, active, changed_at)
                    SELECT ?, ?, %s, 'FACTUURSTUREN', TRUE, ?
                    FROM %s
                    ORDER BY ord""".formatted(Column.names(stored), Column.values(stored), Column.unnest(stored)), ps -> {
                ps.setLong(1, tenant.value());
                ps.setLong(2, group);
                ps.setObject(3, now);
                Column.bindArrays(ps, 4, stored, items);
            });
        }

        @Override
        public void update(TenantId tenant, List<PulledItem> items) {
            OffsetDateTime now = Timestamps.toDb(clock.instant());
            template.batchUpdate("""
                    UPDATE item SET %s, active = TRUE, fs_deleted = FALSE, changed_at = ?
                    WHERE tenant_id = ? AND fs_product_id = ?""".formatted(Column.assignments(ITEM)), items, items.size(), (ps, pulled) -> {
                int next = Column.bindValues(ps, 1, ITEM, pulled);
                ps.setObject(next, now);
                ps.setLong(next + 1, tenant.value());
                Column.bindValues(ps, next + 2, List.of(PRODUCT_ID), pulled);
            });
        }

        @Override
        public void markGone(TenantId tenant, Collection<String> productIds) {
            markRecordsGone("item", PRODUCT_ID, tenant, productIds);
        }

        /** As the customers', for the items (the customers are not analyzed again). */
        @Override
        public void refreshStatistics() {
            analyzeWhileNearlyEmpty("item");
        }
    }

    private static <P> List<Column<P>> with(List<Column<P>> columns, Column<P> more) {
        return Stream.concat(columns.stream(), Stream.of(more)).toList();
    }

    /** The tenant's records of {@code table} pulled from FS, by their FS key. */
    private Map<String, Known> knownRecords(String table, Column<?> key, TenantId tenant) {
        Map<String, Known> known = new HashMap<>();
        template.query(
                """
                SELECT id, %1$s AS fs_key, fs_hash, fs_deleted FROM %2$s
                WHERE tenant_id = ? AND %1$s IS NOT NULL AND origin = 'FACTUURSTUREN'""".formatted(key.name(), table),
                rs -> {
                    known.put(
                            rs.getString("fs_key"),
                            new Known(rs.getLong("id"), rs.getString("fs_hash"), rs.getBoolean("fs_deleted")));
                },
                tenant.value());
        return known;
    }

    /**
     * Hidden (inactive) and marked deleted in FS; in chunks: PostgreSQL takes at most 32,767 parameters a statement.
     */
    private void markRecordsGone(String table, Column<?> key, TenantId tenant, Collection<String> keys) {
        String sql = """
                UPDATE %1$s SET fs_deleted = TRUE, active = FALSE, changed_at = :now
                WHERE tenant_id = :tenant AND %2$s IN (:keys) AND origin = 'FACTUURSTUREN'""".formatted(table, key.name());
        List<String> all = List.copyOf(keys);
        for (int from = 0; from < all.size(); from += CHUNK) {
            jdbc.sql(sql)
                    .param("now", Timestamps.toDb(clock.instant()))
                    .param("tenant", tenant.value())
                    .param("keys", all.subList(from, Math.min(all.size(), from + CHUNK)))
                    .update();
        }
    }

    /**
     * Analyzes the master-data tables whose statistics still describe a (nearly) empty table: a plan
     * cached then would scan a tenant's customers for every location's foreign-key check (benchmarks/README.md,
     * "Initial import"). Once the planner knows the tables hold thousands of rows, autovacuum keeps
     * the statistics fresh, and a tenant's first import no longer analyzes: with thousands of tenants
     * importing, an ANALYZE each (they queue on each other's lock) took the import rate down 10×.
     */
    private void analyzeWhileNearlyEmpty(String... tables) {
        List<String> stale = jdbc.sql("SELECT relname FROM pg_class WHERE relname IN (:tables) AND relkind = 'r'"
                        + " AND pg_table_is_visible(oid) AND reltuples < :rows")
                .param("tables", List.of(tables))
                .param("rows", KNOWN_ROWS)
                .query(String.class)
                .list();
        if (!stale.isEmpty()) {
            template.execute("ANALYZE " + String.join(", ", stale));
        }
    }

    /** The tenant's one item group for FactuurSturen products (FS has no product groups). */
    private long itemGroup(TenantId tenant) {
        int made = jdbc.sql("""
                INSERT INTO item_group (tenant_id, name, changed_at) VALUES (:tenant, :name, :now)
                ON CONFLICT (tenant_id, name) DO NOTHING""")
                .param("tenant", tenant.value())
                .param("name", ITEM_GROUP)
                .param("now", Timestamps.toDb(clock.instant()))
                .update();
        if (made == 1) {
            activity.integrationUpdated(tenant, SimonTable.ItemGroup);
        }
        return jdbc.sql("SELECT id FROM item_group WHERE tenant_id = :tenant AND name = :name")
                .param("tenant", tenant.value())
                .param("name", ITEM_GROUP)
                .query(Long.class)
                .single();
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

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static BigDecimal orZero(BigDecimal number) {
        return number == null ? BigDecimal.ZERO : number;
    }

    /**
     * A column a pull writes: its name, its SQL type and how its value is read from the pulled record. A page
     * of new records travels as one array per column ({@code unnest}); a changed record as one parameter per
     * column. Numbers travel in arrays as text, cast in the statement.
     */
    record Column<P>(String name, String type, Function<P, Object> value) {
        static <P> Column<P> text(String name, Function<P, String> value) {
            return new Column<>(name, "text", value::apply);
        }

        static <P> Column<P> bool(String name, Function<P, Boolean> value) {
            return new Column<>(name, "boolean", value::apply);
        }

        static <P> Column<P> numeric(String name, Function<P, BigDecimal> value) {
            return new Column<>(name, "numeric", value::apply);
        }

        /** {@code unnest(?::text[], ...) WITH ORDINALITY AS p (name, ..., ord)}: a page of records as rows. */
        static String unnest(List<? extends Column<?>> columns) {
            return "unnest("
                    + columns.stream().map(c -> "?::" + c.arrayType() + "[]").collect(Collectors.joining(", "))
                    + ") WITH ORDINALITY AS p (" + names(columns) + ", ord)";
        }

        static String names(List<? extends Column<?>> columns) {
            return columns.stream().map(Column::name).collect(Collectors.joining(", "));
        }

        /** The unnested columns as their own type. */
        static String values(List<? extends Column<?>> columns) {
            return columns.stream()
                    .map(c -> c.arrayType().equals(c.type()) ? c.name() : c.name() + "::" + c.type())
                    .collect(Collectors.joining(", "));
        }

        static String assignments(List<? extends Column<?>> columns) {
            return columns.stream().map(c -> c.name() + " = ?").collect(Collectors.joining(", "));
        }

        /** Binds one array per column from parameter {@code first} on; answers the next parameter's number. */
        static <P> int bindArrays(PreparedStatement ps, int first, List<Column<P>> columns, List<P> records)
                throws SQLException {
            Connection connection = ps.getConnection();
            int parameter = first;
            for (Column<P> column : columns) {
                Object[] values =
                        column.type().equals("boolean") ? new Boolean[records.size()] : new String[records.size()];
                for (int i = 0; i < values.length; i++) {
                    Object value = column.value().apply(records.get(i));
                    values[i] = value instanceof BigDecimal number ? number.toString() : value;
                }
                ps.setArray(
                        parameter++,
                        connection.createArrayOf(column.arrayType().equals("boolean") ? "bool" : "text", values));
            }
            return parameter;
        }

        /** Binds one parameter per column from parameter {@code first} on; answers the next parameter's number. */
        static <P> int bindValues(PreparedStatement ps, int first, List<Column<P>> columns, P record)
                throws SQLException {
            int parameter = first;
            for (Column<P> column : columns) {
                Object value = column.value().apply(record);
                switch (column.type()) {
                    case "boolean" -> ps.setBoolean(parameter++, (Boolean) value);
                    case "numeric" -> ps.setBigDecimal(parameter++, (BigDecimal) value);
                    default -> ps.setString(parameter++, (String) value);
                }
            }
            return parameter;
        }

        /** How the column travels in an array: booleans as {@code boolean[]}, the rest as {@code text[]}. */
        String arrayType() {
            return type.equals("boolean") ? "boolean" : "text";
        }
    }
}
