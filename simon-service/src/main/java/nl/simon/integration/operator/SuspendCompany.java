package nl.simon.integration.operator;

import nl.simon.integration.jobs.TenantJobs;
import nl.simon.integration.lifecycle.Integration;
import nl.simon.integration.lifecycle.Integrations;
import nl.simon.integration.log.LogMessage;
import nl.simon.integration.log.RecordLog;
import nl.simon.integration.notify.OfficeAlerts;
import nl.simon.shared.Input;
import nl.simon.shared.TenantId;

/**
 * The operator suspends a company's integration with a reason its office sees (status page, log): its pulls stop at
 * once and its pushes wait, whatever its state, until the operator resumes it. The office cannot lift it (reconnecting,
 * deactivating and activating keep it). Suspending again replaces the reason. The company's admins get one e-mail
 * (issue 16) when the operator's suspension begins, not when its reason is replaced.
 */
public final class SuspendCompany {
    /** {@code integration.suspended_reason} of a suspension by the operator. */
    public static final String OPERATOR = Integration.SUSPENDED_BY_OPERATOR;

    public static final int MAX_REASON = 500;

    private final CompanyAction action;
    private final Companies companies;
    private final Integrations integrations;
    private final TenantJobs jobs;
    private final RecordLog log;
    private final OfficeAlerts alerts;

    public SuspendCompany(
            CompanyAction action,
            Companies companies,
            Integrations integrations,
            TenantJobs jobs,
            RecordLog log,
            OfficeAlerts alerts) {
        this.action = action;
        this.companies = companies;
        this.integrations = integrations;
        this.jobs = jobs;
        this.log = log;
        this.alerts = alerts;
    }

    public void suspend(Operator operator, TenantId tenant, String reason) {
        String why = Input.required("reason", reason, MAX_REASON);
        action.run(operator, tenant, OperatorAction.SUSPEND, why, () -> {
            Integration current = integrations.lock(tenant);
            integrations.save(current.suspended(OPERATOR));
            companies.noteSuspension(tenant, why);
            jobs.stop(tenant);
            log.appendInTransaction(tenant, LogMessage.SUSPENDED_BY_OPERATOR, null, why);
            if (!OPERATOR.equals(current.suspendedReason())) {
                alerts.suspended(tenant, OPERATOR);
            }
        });
    }
}
