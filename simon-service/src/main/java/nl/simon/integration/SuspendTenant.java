package nl.simon.integration;

import nl.simon.shared.TenantId;
import nl.simon.shared.Transactions;

/**
 * FactuurSturen refused the stored API key (401): the tenant's pulls and pushes stop, with a red log
 * row saying to reconnect, until the user connects again. Suspending twice is once.
 */
public final class SuspendTenant {
    public static final String UNAUTHORIZED = "UNAUTHORIZED";

    private final Integrations integrations;
    private final TenantJobs jobs;
    private final RecordLog log;
    private final Transactions transactions;

    public SuspendTenant(Integrations integrations, TenantJobs jobs, RecordLog log, Transactions transactions) {
        this.integrations = integrations;
        this.jobs = jobs;
        this.log = log;
        this.transactions = transactions;
    }

    public void suspend(TenantId tenant) {
        transactions.run(() -> {
            Integration current = integrations.lock(tenant);
            if (!current.isActive() || current.suspendedReason() != null) {
                return;
            }
            integrations.save(new Integration(tenant, current.status(), current.activatedAt(),
                    current.deactivatedAt(), current.wipedAt(), current.connection(), current.termsAcceptedAt(),
                    UNAUTHORIZED));
            jobs.stop(tenant);
            log.now(tenant, LogMessage.SUSPENDED_UNAUTHORIZED, null);
        });
    }
}
