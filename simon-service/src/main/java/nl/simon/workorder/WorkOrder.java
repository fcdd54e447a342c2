package nl.simon.workorder;

import java.time.Instant;
import java.util.Optional;
import nl.simon.customer.CustomerId;
import nl.simon.customer.LocationId;

/**
 * A work order ("werkbon"): the job, for whom and where, and where it stands; {@code quotationReference}
 * names the FactuurSturen quotation it was made from, if any.
 */
public record WorkOrder(
        WorkOrderId id,
        long number,
        CustomerId customerId,
        LocationId locationId,
        String description,
        String customerReference,
        WorkOrderStatus status,
        InvoiceSync invoiceSync,
        Instant createdAt,
        Instant completedAt,
        Instant archivedAt,
        Instant changedAt,
        Integer settingsVersion,
        String quotationReference) {

    public Optional<CustomerId> customer() {
        return Optional.ofNullable(customerId);
    }

    public Optional<LocationId> location() {
        return Optional.ofNullable(locationId);
    }
}
