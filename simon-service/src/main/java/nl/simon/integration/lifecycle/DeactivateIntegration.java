package nl.simon.integration.lifecycle;

import java.time.Clock;
import nl.simon.integration.jobs.TenantJobs;
import nl.simon.integration.log.LogMessage;
import nl.simon.integration.log.RecordLog;
import nl.simon.shared.ConflictException;
import nl.simon.shared.TenantId;
import nl.simon.shared.Transactions;

/**
 * "De-activeren" (docs/product.md §4.4, §9): stops all pulls and pushes of the tenant at once, in the same
 * transaction that changes the status. Connection and settings are kept for a re-activation, which
 * goes through the wizard again (wipe step by checkbox).
 */
public final class DeactivateIntegration {
    private final Integrations integrations;
    private final TenantJobs jobs;
    private final RecordLog log;
    private final Transactions transactions;
    private final Clock clock;

    public DeactivateIntegration(
            Integrations integrations, TenantJobs jobs, RecordLog log, Transactions transactions, Clock clock) {
        this.integrations = integrations;
        this.jobs = jobs;
        this.log = log;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Integration deactivate(TenantId tenant) {
        return transactions.inTransaction(() -> {
            Integration current = integrations.lock(tenant);
            if (!current.isActive()) {
                throw new ConflictException("error.integration.not-active");
            }
            Integration inactive = new Integration(
                    tenant,
                    IntegrationStatus.INACTIVE,
                    current.activatedAt(),
                    clock.instant(),
                    null,
                    current.connection(),
                    current.termsAcceptedAt(),
                    current.suspensionKeptByOffice());
            integrations.save(inactive);
            jobs.stop(tenant);
            log.appendInTransaction(tenant, LogMessage.DEACTIVATED, null);
            return inactive;
        });
    }
}
