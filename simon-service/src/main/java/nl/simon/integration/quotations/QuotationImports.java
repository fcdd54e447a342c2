package nl.simon.integration.quotations;

import java.util.Map;
import java.util.Optional;
import nl.simon.shared.TenantId;
import nl.simon.workorder.WorkOrderId;

/** Which FS quotations a tenant has imported (never again) or is waiting on (its client not in Simon yet). */
public interface QuotationImports {
    /** FS quotation id → true when imported, false when waiting. */
    Map<String, Boolean> known(TenantId tenant);

    /** Records a quotation that waits for its customer; true the first time (report it once). */
    boolean waiting(TenantId tenant, String quotationId);

    void imported(TenantId tenant, String quotationId, WorkOrderId workOrder);

    /** The work order a quotation became, while it exists (the log's rows about the import link to it). */
    Optional<WorkOrderId> workOrderOf(TenantId tenant, String quotationId);
}
