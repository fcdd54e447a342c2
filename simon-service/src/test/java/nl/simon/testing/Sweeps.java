package nl.simon.testing;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.simon.testing.TestTenants.TestTenant;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the hostile-input sweeps (the REST API's and the pages') share: the rows they aim at, and the proof they touched no other company. */
public final class Sweeps {
    private Sweeps() {}

    /**
     * A company's customer, work address, item and work order with one time entry, used item and planning, and
     * {@code company}: another company, made for the sweep, that the operator's actions (suspend, delete, …) land on.
     */
    public record Rows(
            long customer,
            long location,
            long item,
            long workOrder,
            long timesheet,
            long usedItem,
            long planning,
            long company) {
        /** The id a field of that name takes ({@code customerId} a customer, …; the work order otherwise). */
        public long forField(String field) {
            return switch (field) {
                case "customerId" -> customer;
                case "locationId" -> location;
                case "itemId" -> item;
                default -> workOrder;
            };
        }
    }

    /** Stores {@link Rows} for {@code tenant} over the REST API, as its admin. */
    public static Rows seed(TestTenants tenants, JdbcClient jdbc, TestTenant tenant) {
        Api api = tenant.admin();
        long customer = api.post("/api/customers", "{\"name\": \"Klant\", \"address\": \"Dorpsstraat 1\"}")
                .id();
        long location = api.post("/api/customers/" + customer + "/locations", "{\"address\": \"Kerkstraat 2\"}")
                .id();
        long item = api.post(
                        "/api/items", "{\"code\": \"A1\", \"name\": \"Kraan\", \"price\": 10, \"vatPercentage\": 21}")
                .id();
        long workOrder = api.post(
                        "/api/work-orders",
                        "{\"description\": \"Onderhoud\", \"customerId\": " + customer + ", \"locationId\": " + location
                                + "}")
                .id();
        api.post("/api/work-orders/" + workOrder + "/timesheets", "{\"employee\": \"Piet\", \"workMinutes\": 60}");
        api.post("/api/work-orders/" + workOrder + "/used-items", "{\"itemId\": " + item + ", \"quantity\": 2}");
        api.post(
                "/api/work-orders/" + workOrder + "/plannings",
                "{\"employee\": \"Piet\", \"start\": \"2026-12-01T08:00\"}");
        long tenantId = tenant.tenant().id().value();
        return new Rows(
                customer,
                location,
                item,
                workOrder,
                firstRow(jdbc, "time_sheet", tenantId),
                firstRow(jdbc, "used_item", tenantId),
                firstRow(jdbc, "planning", tenantId),
                tenants.create().tenant().id().value());
    }

    private static long firstRow(JdbcClient jdbc, String table, long tenantId) {
        return jdbc.sql("SELECT min(id) FROM " + table + " WHERE tenant_id = :tenant")
                .param("tenant", tenantId)
                .query(Long.class)
                .single();
    }

    /** Its tenant row and every row of every table with a {@code tenant_id} column, as text: any change shows. */
    public static String snapshot(JdbcClient jdbc, long tenantId) {
        StringBuilder all = new StringBuilder(jdbc.sql("SELECT * FROM tenant WHERE id = :id")
                .param("id", tenantId)
                .query()
                .listOfRows()
                .toString());
        List<String> tables = jdbc.sql("""
                SELECT table_name FROM information_schema.columns
                WHERE column_name = 'tenant_id' AND table_schema = current_schema() ORDER BY table_name""").query(String.class).list();
        for (String table : tables) {
            List<Map<String, Object>> rows = jdbc.sql("SELECT * FROM " + table + " WHERE tenant_id = :id ORDER BY 1")
                    .param("id", tenantId)
                    .query()
                    .listOfRows();
            // A password hash or an encrypted key shows only as its digest, so a failure message holds no secret.
            rows.forEach(row -> row.replaceAll((column, value) ->
                    column.contains("hash") || column.contains("key") ? "#" + Objects.hashCode(value) : value));
            all.append('\n').append(table).append(": ").append(rows);
        }
        return all.toString();
    }

    /** A text for a failure message: NUL visible, at most 160 characters. */
    public static String shorten(String text) {
        String visible = text == null ? "null" : text.replace("\u0000", "\\0");
        return visible.length() > 160 ? visible.substring(0, 160) + "…(" + visible.length() + ")" : visible;
    }
}
