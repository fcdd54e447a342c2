package nl.simon.integration.lifecycle;

import java.util.List;
import java.util.Set;
import nl.simon.shared.TenantId;

/** Simon's own tables, as the wipe step sees them. */
public interface SimonData {
    List<TableCount> counts(TenantId tenant);

    /** Completed or archived work orders never invoiced (archived and not SENT, or completed), lowest numbers first. */
    UninvoicedWorkOrders uninvoicedWorkOrders(TenantId tenant, int shown);

    /** Deletes the tenant's rows of these tables (and nothing of other tenants), in the caller's transaction. */
    void wipe(TenantId tenant, Set<SimonTable> tables);
}
