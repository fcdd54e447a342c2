package nl.simon.integration.operator;

import java.time.Clock;
import nl.simon.integration.jobs.TenantJobs;
import nl.simon.integration.lifecycle.Integration;
import nl.simon.integration.lifecycle.Integrations;
import nl.simon.integration.log.LogMessage;
import nl.simon.integration.log.RecordLog;
import nl.simon.shared.ConflictException;
import nl.simon.shared.NotFoundException;
import nl.simon.shared.TenantId;
import nl.simon.shared.Transactions;

/**
 * The operator lifts a suspension (its own, or one because FactuurSturen refused the key): an active integration pulls
 * at once and its queued pushes go now. A company that is not suspended is a 409.
 */
public final class ResumeCompany {
    private final Companies companies;
    private final Integrations integrations;
    private final TenantJobs jobs;
    private final RecordLog log;
    private final OperatorAudit audit;
    private final Transactions transactions;
    private final Clock clock;

    public ResumeCompany(
            Companies companies,
            Integrations integrations,
            TenantJobs jobs,
            RecordLog log,
            OperatorAudit audit,
            Transactions transactions,
            Clock clock) {
        this.companies = companies;
        this.integrations = integrations;
        this.jobs = jobs;
        this.log = log;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    public void resume(Operator operator, TenantId tenant) {
        transactions.run(() -> {
            String name =
                    companies.lockName(tenant).orElseThrow(() -> new NotFoundException("Company", tenant.value()));
            Integration current = integrations.lock(tenant);
            if (current.suspendedReason() == null) {
                throw new ConflictException("error.operator.not-suspended");
            }
            integrations.save(current.suspended(null));
            companies.noteSuspension(tenant, null);
            if (current.isActive()) {
                jobs.resume(tenant);
            }
            log.appendInTransaction(tenant, LogMessage.RESUMED_BY_OPERATOR, null);
            audit.record(new AuditEntry(
                    clock.instant(), operator.name(), OperatorAction.RESUME, tenant.value(), name, null, null));
        });
    }
}
