package nl.simon.integration.lifecycle;

import java.util.List;
import nl.simon.shared.TenantId;

/** The wipe step's table: each of Simon's seven tables with the tenant's row count and last change. */
public final class PreviewWipe {
    private final SimonData data;

    public PreviewWipe(SimonData data) {
        this.data = data;
    }

    public List<TableCount> preview(TenantId tenant) {
        return data.counts(tenant);
    }

    /** What a wipe of the work orders loses above all: the completed and archived ones never invoiced. */
    public UninvoicedWorkOrders uninvoiced(TenantId tenant) {
        return data.uninvoicedWorkOrders(tenant, UninvoicedWorkOrders.SHOWN);
    }
}
