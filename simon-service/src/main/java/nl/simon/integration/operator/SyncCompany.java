package nl.simon.integration.operator;

import nl.simon.integration.lifecycle.SyncNow;
import nl.simon.shared.TenantId;

/** The operator runs a company's pull now, as the office's "Nu synchroniseren" does (409 unless active and running). */
public final class SyncCompany {
    private final CompanyAction action;
    private final SyncNow syncNow;

    public SyncCompany(CompanyAction action, SyncNow syncNow) {
        this.action = action;
        this.syncNow = syncNow;
    }

    public void sync(Operator operator, TenantId tenant) {
        action.run(operator, tenant, OperatorAction.SYNC, null, () -> syncNow.syncNow(tenant));
    }
}
