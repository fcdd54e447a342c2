package nl.simon.integration.lifecycle;

import java.util.List;
import java.util.Set;
import nl.simon.shared.TenantId;

public interface TableActivity {
    List<TableActivityRow> of(TenantId tenant);

    void integrationUpdated(TenantId tenant, SimonTable table);

    /** After a wipe the wiped tables have no Simon changes any more. */
    void forgetSimonChanges(TenantId tenant, Set<SimonTable> tables);
}
