package nl.simon.adapter.api;

import java.time.Instant;
import nl.simon.workorder.WorkOrder;
import nl.simon.workorder.WorkOrderListing;
import nl.simon.workorder.WorkOrderStatus;

/** A work order in the list of {@code GET /api/work-orders}. */
record WorkOrderSummaryJson(
        long id,
        long number,
        WorkOrderStatus status,
        Long customerId,
        String customerName,
        Long locationId,
        String description,
        String customerReference,
        WorkOrderJson.InvoiceSyncJson invoiceSync,
        Instant createdAt,
        Instant changedAt) {

    static WorkOrderSummaryJson of(WorkOrderListing listing, java.util.function.UnaryOperator<String> notes) {
        WorkOrder w = listing.workOrder();
        return new WorkOrderSummaryJson(
                w.id().value(),
                w.number(),
                w.status(),
                WorkOrderJson.customerId(w),
                listing.customerName(),
                WorkOrderJson.locationId(w),
                w.description(),
                w.customerReference(),
                WorkOrderJson.InvoiceSyncJson.of(w.invoiceSync(), notes),
                w.createdAt(),
                w.changedAt());
    }
}
