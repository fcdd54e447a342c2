package nl.simon.adapter.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import nl.simon.customer.CustomerId;
import nl.simon.customer.LocationId;
import nl.simon.workorder.InvoiceSync;
import nl.simon.workorder.InvoiceSyncState;
import nl.simon.workorder.Planning;
import nl.simon.workorder.TimeSheet;
import nl.simon.workorder.UsedItem;
import nl.simon.workorder.WorkOrder;
import nl.simon.workorder.WorkOrderDetails;
import nl.simon.workorder.WorkOrderStatus;

/** A work order with everything registered on it, as {@code GET /api/work-orders/{id}} answers. */
record WorkOrderJson(
        long id,
        long number,
        WorkOrderStatus status,
        Long customerId,
        Long locationId,
        String description,
        String customerReference,
        String quotationReference,
        List<PlanningJson> plannings,
        List<TimeSheetJson> timesheets,
        List<UsedItemJson> usedItems,
        int totalWorkMinutes,
        int totalTravelMinutes,
        InvoiceSyncJson invoiceSync,
        Instant createdAt,
        Instant completedAt,
        Instant archivedAt,
        Instant changedAt) {

    static WorkOrderJson of(WorkOrderDetails details, java.util.function.UnaryOperator<String> notes) {
        WorkOrder w = details.workOrder();
        return new WorkOrderJson(
                w.id().value(),
                w.number(),
                w.status(),
                customerId(w),
                locationId(w),
                w.description(),
                w.customerReference(),
                w.quotationReference(),
                details.plannings().stream().map(PlanningJson::of).toList(),
                details.timeSheets().stream().map(TimeSheetJson::of).toList(),
                details.usedItems().stream().map(UsedItemJson::of).toList(),
                details.totalWorkMinutes(),
                details.totalTravelMinutes(),
                InvoiceSyncJson.of(w.invoiceSync(), notes),
                w.createdAt(),
                w.completedAt(),
                w.archivedAt(),
                w.changedAt());
    }

    static Long customerId(WorkOrder workOrder) {
        return workOrder.customer().map(CustomerId::value).orElse(null);
    }

    static Long locationId(WorkOrder workOrder) {
        return workOrder.location().map(LocationId::value).orElse(null);
    }

    record PlanningJson(long id, String employee, Instant start) {
        static PlanningJson of(Planning p) {
            return new PlanningJson(p.id(), p.employee(), p.start());
        }
    }

    record TimeSheetJson(long id, String employee, int workMinutes, int travelMinutes) {
        static TimeSheetJson of(TimeSheet t) {
            return new TimeSheetJson(t.id(), t.employee(), t.workMinutes(), t.travelMinutes());
        }
    }

    record UsedItemJson(long id, long itemId, String code, String name, BigDecimal price, BigDecimal quantity) {
        static UsedItemJson of(UsedItem u) {
            return new UsedItemJson(u.id(), u.itemId().value(), u.code(), u.name(), Money.of(u.price()), u.quantity());
        }
    }

    record InvoiceSyncJson(InvoiceSyncState state, String draftName, String message) {
        static InvoiceSyncJson of(InvoiceSync sync, java.util.function.UnaryOperator<String> notes) {
            return new InvoiceSyncJson(sync.state(), sync.draftName(), notes.apply(sync.message()));
        }
    }
}
