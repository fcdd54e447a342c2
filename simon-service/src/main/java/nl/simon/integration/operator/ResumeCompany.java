package nl.simon.integration.operator;

import nl.simon.integration.jobs.TenantJobs;
import nl.simon.integration.lifecycle.Integration;
import nl.simon.integration.lifecycle.Integrations;
import nl.simon.integration.log.LogMessage;
import nl.simon.integration.log.RecordLog;
import nl.simon.shared.ConflictException;
import nl.simon.shared.TenantId;

/**
 * The operator lifts a suspension (its own, or one because FactuurSturen refused the key): an active integration pulls
 * at once and its queued pushes go now. A company that is not suspended is a 409.
 */
public final class ResumeCompany {
    private final CompanyAction action;
    private final Companies companies;
    private final Integrations integrations;
    private final TenantJobs jobs;
    private final RecordLog log;

    public ResumeCompany(
            CompanyAction action, Companies companies, Integrations integrations, TenantJobs jobs, RecordLog log) {
        this.action = action;
        this.companies = companies;
        this.integrations = integrations;
        this.jobs = jobs;
        this.log = log;
    }

    public void resume(Operator operator, TenantId tenant) {
        action.run(operator, tenant, OperatorAction.RESUME, null, () -> {
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
        });
    }
}
