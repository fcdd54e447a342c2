package nl.simon.integration.push;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.simon.customer.CustomerId;
import nl.simon.customer.LocationId;
import nl.simon.item.ItemId;
import nl.simon.shared.TenantId;
import nl.simon.workorder.Planning;
import nl.simon.workorder.TimeSheet;
import nl.simon.workorder.UsedItem;
import nl.simon.workorder.WorkOrder;
import nl.simon.workorder.WorkOrderId;
import nl.simon.workorder.WorkOrderListing;
import nl.simon.workorder.WorkOrderStatus;
import nl.simon.workorder.WorkOrders;

/** Work orders as the view reads them; the invoice state is the one {@link InMemoryInvoiceSyncs} keeps. */
final class InMemoryWorkOrders implements WorkOrders {
    private final Map<WorkOrderId, WorkOrder> workOrders = new HashMap<>();
    private final Map<WorkOrderId, List<TimeSheet>> timeSheets = new HashMap<>();
    private final InMemoryInvoiceSyncs syncs;

    InMemoryWorkOrders(InMemoryInvoiceSyncs syncs) {
        this.syncs = syncs;
    }

    void put(WorkOrder workOrder, List<TimeSheet> sheets) {
        workOrders.put(workOrder.id(), workOrder);
        timeSheets.put(workOrder.id(), sheets);
    }

    @Override
    public Optional<WorkOrder> byId(TenantId tenant, WorkOrderId id) {
        return Optional.ofNullable(workOrders.get(id));
    }

    @Override
    public List<Planning> plannings(TenantId tenant, WorkOrderId id) {
        return List.of();
    }

    @Override
    public List<TimeSheet> timeSheets(TenantId tenant, WorkOrderId id) {
        return timeSheets.getOrDefault(id, List.of());
    }

    @Override
    public List<UsedItem> usedItems(TenantId tenant, WorkOrderId id) {
        return List.of();
    }

    @Override
    public WorkOrder add(
            TenantId tenant,
            long number,
            CustomerId customer,
            LocationId location,
            String description,
            String customerReference) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<WorkOrder> lock(TenantId tenant, WorkOrderId id) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void changeStatus(TenantId tenant, WorkOrderId id, WorkOrderStatus status) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void linkCustomer(TenantId tenant, WorkOrderId id, CustomerId customer, LocationId location) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void fromQuotation(TenantId tenant, WorkOrderId id, String quotationId, String quotationReference) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void addPlanning(TenantId tenant, WorkOrderId id, String employee, Instant start) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void addTimeSheet(TenantId tenant, WorkOrderId id, String employee, int workMinutes, int travelMinutes) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void addUsedItem(TenantId tenant, WorkOrderId id, ItemId item, BigDecimal quantity) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<WorkOrderListing> search(TenantId tenant, WorkOrderStatus status, String query, int limit, int offset) {
        throw new UnsupportedOperationException();
    }

    @Override
    public long count(TenantId tenant, WorkOrderStatus status, String query) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean changeTimeSheet(
            TenantId tenant, WorkOrderId id, long timeSheetId, String employee, int workMinutes, int travelMinutes) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean removeTimeSheet(TenantId tenant, WorkOrderId id, long timeSheetId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean changeUsedItem(TenantId tenant, WorkOrderId id, long usedItemId, BigDecimal quantity) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean removeUsedItem(TenantId tenant, WorkOrderId id, long usedItemId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean changePlanning(
            TenantId tenant, WorkOrderId id, long planningId, String employee, java.time.Instant start) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean removePlanning(TenantId tenant, WorkOrderId id, long planningId) {
        throw new UnsupportedOperationException();
    }
}
