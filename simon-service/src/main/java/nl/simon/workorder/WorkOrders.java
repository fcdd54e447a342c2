package nl.simon.workorder;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.simon.customer.CustomerId;
import nl.simon.customer.LocationId;
import nl.simon.item.ItemId;
import nl.simon.shared.NotFoundException;
import nl.simon.shared.TenantId;

public interface WorkOrders {
    WorkOrder add(
            TenantId tenant,
            long number,
            CustomerId customer,
            LocationId location,
            String description,
            String customerReference);

    Optional<WorkOrder> byId(TenantId tenant, WorkOrderId id);

    /** Reads the work order and locks it until the transaction ends, so changes to it happen one at a time. */
    Optional<WorkOrder> lock(TenantId tenant, WorkOrderId id);

    /** {@link #lock} for a work order that must exist: another tenant's id is not found. */
    default WorkOrder locked(TenantId tenant, WorkOrderId id) {
        return lock(tenant, id).orElseThrow(() -> new NotFoundException("WorkOrder", id.value()));
    }

    void changeStatus(TenantId tenant, WorkOrderId id, WorkOrderStatus status);

    void linkCustomer(TenantId tenant, WorkOrderId id, CustomerId customer, LocationId location);

    /** Notes the FS quotation the work order was made from ("van offerte <reference>"). */
    void fromQuotation(TenantId tenant, WorkOrderId id, String quotationId, String quotationReference);

    void addPlanning(TenantId tenant, WorkOrderId id, String employee, Instant start);

    void addTimeSheet(TenantId tenant, WorkOrderId id, String employee, int workMinutes, int travelMinutes);

    void addUsedItem(TenantId tenant, WorkOrderId id, ItemId item, BigDecimal quantity);

    List<Planning> plannings(TenantId tenant, WorkOrderId id);

    List<TimeSheet> timeSheets(TenantId tenant, WorkOrderId id);

    List<UsedItem> usedItems(TenantId tenant, WorkOrderId id);

    /** Newest first; {@code status} and {@code query} narrow the list when not null. */
    List<WorkOrderListing> search(TenantId tenant, WorkOrderStatus status, String query, int limit, int offset);

    /** How many work orders {@link #search} finds in all. */
    long count(TenantId tenant, WorkOrderStatus status, String query);

    // Corrections until archiving (issue 15): each answers false when the entry is not on this work order
    // of this tenant, so another tenant's or another work order's entry counts as absent.

    boolean changeTimeSheet(
            TenantId tenant, WorkOrderId id, long timeSheetId, String employee, int workMinutes, int travelMinutes);

    boolean removeTimeSheet(TenantId tenant, WorkOrderId id, long timeSheetId);

    boolean changeUsedItem(TenantId tenant, WorkOrderId id, long usedItemId, BigDecimal quantity);

    boolean removeUsedItem(TenantId tenant, WorkOrderId id, long usedItemId);

    boolean changePlanning(TenantId tenant, WorkOrderId id, long planningId, String employee, Instant start);

    boolean removePlanning(TenantId tenant, WorkOrderId id, long planningId);
}
