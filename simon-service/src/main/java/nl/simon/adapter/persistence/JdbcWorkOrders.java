package nl.simon.adapter.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.simon.customer.CustomerId;
import nl.simon.customer.LocationId;
import nl.simon.item.ItemId;
import nl.simon.shared.TenantId;
import nl.simon.workorder.InvoiceSync;
import nl.simon.workorder.InvoiceSyncState;
import nl.simon.workorder.Planning;
import nl.simon.workorder.TimeSheet;
import nl.simon.workorder.UsedItem;
import nl.simon.workorder.WorkOrder;
import nl.simon.workorder.WorkOrderId;
import nl.simon.workorder.WorkOrderListing;
import nl.simon.workorder.WorkOrderStatus;
import nl.simon.workorder.WorkOrders;
import org.springframework.jdbc.core.simple.JdbcClient;

public final class JdbcWorkOrders implements WorkOrders {
    private final JdbcClient jdbc;
    private final Clock clock;

    public JdbcWorkOrders(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public WorkOrder add(
            TenantId tenant,
            long number,
            CustomerId customer,
            LocationId location,
            String description,
            String customerReference) {
        return jdbc.sql("""
                INSERT INTO work_order (tenant_id, number, customer_id, location_id, description, customer_reference,
                                        status, created_at, changed_at)
                VALUES (:tenant, :number, :customer, :location, :description, :reference, 'OPEN', :now, :now)
                RETURNING *""")
                .param("tenant", tenant.value())
                .param("number", number)
                .param("customer", customer == null ? null : customer.value())
                .param("location", location == null ? null : location.value())
                .param("description", description)
                .param("reference", customerReference)
                .param("now", now())
                .query(JdbcWorkOrders::map)
                .single();
    }

    @Override
    public Optional<WorkOrder> byId(TenantId tenant, WorkOrderId id) {
        return one("SELECT * FROM work_order WHERE tenant_id = :tenant AND id = :id", tenant, id);
    }

    @Override
    public Optional<WorkOrder> lock(TenantId tenant, WorkOrderId id) {
        return one("SELECT * FROM work_order WHERE tenant_id = :tenant AND id = :id FOR UPDATE", tenant, id);
    }

    private Optional<WorkOrder> one(String sql, TenantId tenant, WorkOrderId id) {
        return jdbc.sql(sql)
                .param("tenant", tenant.value())
                .param("id", id.value())
                .query(JdbcWorkOrders::map)
                .optional();
    }

    @Override
    public void changeStatus(TenantId tenant, WorkOrderId id, WorkOrderStatus status) {
        jdbc.sql("""
                UPDATE work_order SET status = :status, changed_at = :now,
                       completed_at = CASE WHEN :status = 'COMPLETED' THEN :now ELSE completed_at END,
                       archived_at = CASE WHEN :status = 'ARCHIVED' THEN :now ELSE archived_at END
                WHERE tenant_id = :tenant AND id = :id""")
                .param("status", status.name())
                .param("now", now())
                .param("tenant", tenant.value())
                .param("id", id.value())
                .update();
    }

    @Override
    public void linkCustomer(TenantId tenant, WorkOrderId id, CustomerId customer, LocationId location) {
        jdbc.sql("""
                UPDATE work_order SET customer_id = :customer, location_id = :location, changed_at = :now
                WHERE tenant_id = :tenant AND id = :id""")
                .param("customer", customer.value())
                .param("location", location == null ? null : location.value())
                .param("now", now())
                .param("tenant", tenant.value())
                .param("id", id.value())
                .update();
    }

    @Override
    public void fromQuotation(TenantId tenant, WorkOrderId id, String quotationId, String quotationReference) {
        jdbc.sql(
                        "UPDATE work_order SET fs_quotation_id = :q, quotation_reference = :ref WHERE tenant_id = :tenant AND id = :id")
                .param("q", quotationId)
                .param("ref", quotationReference)
                .param("tenant", tenant.value())
                .param("id", id.value())
                .update();
    }

    @Override
    public void addPlanning(TenantId tenant, WorkOrderId id, String employee, Instant start) {
        jdbc.sql("""
                INSERT INTO planning (tenant_id, work_order_id, employee, start_at, changed_at)
                VALUES (:tenant, :id, :employee, :start, :now)""")
                .param("tenant", tenant.value())
                .param("id", id.value())
                .param("employee", employee)
                .param("start", Timestamps.toDb(start))
                .param("now", now())
                .update();
        touch(tenant, id);
    }

    @Override
    public void addTimeSheet(TenantId tenant, WorkOrderId id, String employee, int workMinutes, int travelMinutes) {
        jdbc.sql("""
                INSERT INTO time_sheet (tenant_id, work_order_id, employee, work_minutes, travel_minutes, changed_at)
                VALUES (:tenant, :id, :employee, :work, :travel, :now)""")
                .param("tenant", tenant.value())
                .param("id", id.value())
                .param("employee", employee)
                .param("work", workMinutes)
                .param("travel", travelMinutes)
                .param("now", now())
                .update();
        touch(tenant, id);
    }

    @Override
    public void addUsedItem(TenantId tenant, WorkOrderId id, ItemId item, BigDecimal quantity) {
        jdbc.sql("""
                INSERT INTO used_item (tenant_id, work_order_id, item_id, quantity, changed_at)
                VALUES (:tenant, :id, :item, :quantity, :now)""")
                .param("tenant", tenant.value())
                .param("id", id.value())
                .param("item", item.value())
                .param("quantity", quantity)
                .param("now", now())
                .update();
        touch(tenant, id);
    }

    @Override
    public boolean changeTimeSheet(
            TenantId tenant, WorkOrderId id, long timeSheetId, String employee, int workMinutes, int travelMinutes) {
        return touched(
                tenant,
                id,
                jdbc.sql("""
                UPDATE time_sheet SET employee = :employee, work_minutes = :work, travel_minutes = :travel,
                       changed_at = :now
                WHERE tenant_id = :tenant AND work_order_id = :id AND id = :entry""")
                        .param("employee", employee)
                        .param("work", workMinutes)
                        .param("travel", travelMinutes)
                        .param("now", now())
                        .param("tenant", tenant.value())
                        .param("id", id.value())
                        .param("entry", timeSheetId)
                        .update());
    }

    @Override
    public boolean removeTimeSheet(TenantId tenant, WorkOrderId id, long timeSheetId) {
        return removeEntry("time_sheet", tenant, id, timeSheetId);
    }

    @Override
    public boolean changeUsedItem(TenantId tenant, WorkOrderId id, long usedItemId, BigDecimal quantity) {
        return touched(
                tenant,
                id,
                jdbc.sql("""
                UPDATE used_item SET quantity = :quantity, changed_at = :now
                WHERE tenant_id = :tenant AND work_order_id = :id AND id = :entry""")
                        .param("quantity", quantity)
                        .param("now", now())
                        .param("tenant", tenant.value())
                        .param("id", id.value())
                        .param("entry", usedItemId)
                        .update());
    }

    @Override
    public boolean removeUsedItem(TenantId tenant, WorkOrderId id, long usedItemId) {
        return removeEntry("used_item", tenant, id, usedItemId);
    }

    @Override
    public boolean changePlanning(TenantId tenant, WorkOrderId id, long planningId, String employee, Instant start) {
        return touched(
                tenant,
                id,
                jdbc.sql("""
                UPDATE planning SET employee = :employee, start_at = :start, changed_at = :now
                WHERE tenant_id = :tenant AND work_order_id = :id AND id = :entry""")
                        .param("employee", employee)
                        .param("start", Timestamps.toDb(start))
                        .param("now", now())
                        .param("tenant", tenant.value())
                        .param("id", id.value())
                        .param("entry", planningId)
                        .update());
    }

    @Override
    public boolean removePlanning(TenantId tenant, WorkOrderId id, long planningId) {
        return removeEntry("planning", tenant, id, planningId);
    }

    /** {@code table} is one of this class's own table names, never user input. */
    private boolean removeEntry(String table, TenantId tenant, WorkOrderId id, long entry) {
        return touched(
                tenant,
                id,
                jdbc.sql("DELETE FROM " + table + " WHERE tenant_id = :tenant AND work_order_id = :id AND id = :entry")
                        .param("tenant", tenant.value())
                        .param("id", id.value())
                        .param("entry", entry)
                        .update());
    }

    private boolean touched(TenantId tenant, WorkOrderId id, int rows) {
        if (rows == 0) {
            return false;
        }
        touch(tenant, id);
        return true;
    }

    private void touch(TenantId tenant, WorkOrderId id) {
        jdbc.sql("UPDATE work_order SET changed_at = :now WHERE tenant_id = :tenant AND id = :id")
                .param("now", now())
                .param("tenant", tenant.value())
                .param("id", id.value())
                .update();
    }

    @Override
    public List<Planning> plannings(TenantId tenant, WorkOrderId id) {
        return children(
                        "SELECT * FROM planning WHERE tenant_id = :tenant AND work_order_id = :id ORDER BY start_at, id",
                        tenant,
                        id)
                .query((rs, row) ->
                        new Planning(rs.getLong("id"), rs.getString("employee"), Timestamps.instant(rs, "start_at")))
                .list();
    }

    @Override
    public List<TimeSheet> timeSheets(TenantId tenant, WorkOrderId id) {
        return children(
                        "SELECT * FROM time_sheet WHERE tenant_id = :tenant AND work_order_id = :id ORDER BY id",
                        tenant,
                        id)
                .query((rs, row) -> new TimeSheet(
                        rs.getLong("id"),
                        rs.getString("employee"),
                        rs.getInt("work_minutes"),
                        rs.getInt("travel_minutes")))
                .list();
    }

    @Override
    public List<UsedItem> usedItems(TenantId tenant, WorkOrderId id) {
        return children("""
                SELECT u.id, u.item_id, u.quantity, i.code, i.name, i.price, i.vat_percentage
                FROM used_item u JOIN item i ON i.tenant_id = u.tenant_id AND i.id = u.item_id
                WHERE u.tenant_id = :tenant AND u.work_order_id = :id ORDER BY u.id""", tenant, id)
                .query((rs, row) -> new UsedItem(
                        rs.getLong("id"),
                        new ItemId(rs.getLong("item_id")),
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getBigDecimal("price").stripTrailingZeros(),
                        rs.getBigDecimal("vat_percentage").stripTrailingZeros(),
                        rs.getBigDecimal("quantity").stripTrailingZeros()))
                .list();
    }

    private JdbcClient.StatementSpec children(String sql, TenantId tenant, WorkOrderId id) {
        return jdbc.sql(sql).param("tenant", tenant.value()).param("id", id.value());
    }

    /**
     * The work orders of a tenant, optionally of one status and matching what was typed. The text search is a set of
     * ids at the top level of the WHERE (a semi-join), one branch per way to match, so that each branch uses its own
     * index: trigram indexes on the work order's texts (V16), the unique (tenant, number) index for a typed number,
     * and the customer's trigram indexes joined through {@code work_order_customer_idx}. As one OR over the joined
     * rows (before issue 17) it read every work order of the tenant for every search.
     */
    private static String matching(String select, WorkOrderStatus status, String query) {
        // the status filter only when there is one: as "(:status IS NULL OR w.status = :status)" a prepared
        // statement's generic plan read all of the tenant's work orders to find the open ones (1.3 s at 200,000)
        String from = """
                FROM work_order w
                LEFT JOIN customer c ON c.tenant_id = w.tenant_id AND c.id = w.customer_id
                WHERE w.tenant_id = :tenant""" + (status == null ? "" : " AND w.status = :status");
        if (SearchPattern.contains(query) == null) {
            return select + from;
        }
        return select + from + """

                  AND w.id IN (
                    SELECT x.id FROM work_order x
                    WHERE x.tenant_id = :tenant
                      AND (x.description ILIKE :pattern OR x.customer_reference ILIKE :pattern
                           OR x.invoice_draft_name ILIKE :pattern)
                    UNION ALL
                    SELECT x.id FROM work_order x WHERE x.tenant_id = :tenant AND x.number = CAST(:number AS BIGINT)
                    UNION ALL
                    SELECT x.id FROM customer m
                    JOIN work_order x ON x.tenant_id = m.tenant_id AND x.customer_id = m.id
                    WHERE m.tenant_id = :tenant AND (m.name ILIKE :pattern OR m.fs_client_nr ILIKE :pattern))""";
    }

    /** A typed work-order number as the list shows it (digits, no leading zero), else null. */
    static Long number(String query) {
        String typed = query == null ? "" : query.strip();
        return typed.matches("[1-9][0-9]{0,17}") ? Long.valueOf(typed) : null;
    }

    @Override
    public long count(TenantId tenant, WorkOrderStatus status, String query) {
        return matching("SELECT count(*) ", tenant, status, query)
                .query(Long.class)
                .single();
    }

    private JdbcClient.StatementSpec matching(String select, TenantId tenant, WorkOrderStatus status, String query) {
        return jdbc.sql(matching(select, status, query))
                .param("tenant", tenant.value())
                .param("status", status == null ? null : status.name())
                .param("pattern", SearchPattern.contains(query))
                .param("number", number(query));
    }

    @Override
    public List<WorkOrderListing> search(TenantId tenant, WorkOrderStatus status, String query, int limit, int offset) {
        return jdbc.sql(matching("SELECT w.*, c.name AS customer_name ", status, query) + " ORDER BY w.number DESC"
                        + PageClause.of(limit, offset))
                .param("tenant", tenant.value())
                .param("status", status == null ? null : status.name())
                .param("pattern", SearchPattern.contains(query))
                .param("number", number(query))
                .query((rs, row) -> new WorkOrderListing(map(rs, row), rs.getString("customer_name")))
                .list();
    }

    private Object now() {
        return Timestamps.toDb(clock.instant());
    }

    private static WorkOrder map(ResultSet rs, int row) throws SQLException {
        long customer = rs.getLong("customer_id");
        CustomerId customerId = rs.wasNull() ? null : new CustomerId(customer);
        long location = rs.getLong("location_id");
        LocationId locationId = rs.wasNull() ? null : new LocationId(location);
        InvoiceSync sync = new InvoiceSync(
                InvoiceSyncState.valueOf(rs.getString("invoice_sync_state")),
                rs.getString("invoice_draft_name"),
                rs.getString("invoice_sync_message"));
        return new WorkOrder(
                new WorkOrderId(rs.getLong("id")),
                rs.getLong("number"),
                customerId,
                locationId,
                rs.getString("description"),
                rs.getString("customer_reference"),
                WorkOrderStatus.valueOf(rs.getString("status")),
                sync,
                Timestamps.instant(rs, "created_at"),
                Timestamps.instant(rs, "completed_at"),
                Timestamps.instant(rs, "archived_at"),
                Timestamps.instant(rs, "changed_at"),
                (Integer) rs.getObject("settings_version"),
                rs.getString("quotation_reference"));
    }
}
