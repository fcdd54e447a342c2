package nl.simon.integration.lifecycle;

import nl.simon.integration.jobs.TenantJobs;
import nl.simon.shared.ConflictException;
import nl.simon.shared.TenantId;
import nl.simon.shared.Transactions;

/** "Nu synchroniseren" (docs/product.md §7.2): the tenant's sync job runs at once instead of at its next turn. */
public final class SyncNow {
    private final Integrations integrations;
    private final TenantJobs jobs;
    private final Transactions transactions;

    public SyncNow(Integrations integrations, TenantJobs jobs, Transactions transactions) {
        this.integrations = integrations;
        this.jobs = jobs;
        this.transactions = transactions;
    }

    public void syncNow(TenantId tenant) {
        transactions.run(() -> {
            Integration integration = integrations.lock(tenant);
            if (!integration.isActive()) {
                throw new ConflictException("error.integration.not-active");
            }
            if (integration.suspendedByOperator()) {
                throw new ConflictException("error.integration.suspended-by-operator");
            }
            if (integration.suspendedReason() != null) {
                throw new ConflictException("error.integration.suspended");
            }
            jobs.runNow(tenant);
        });
    }
}
