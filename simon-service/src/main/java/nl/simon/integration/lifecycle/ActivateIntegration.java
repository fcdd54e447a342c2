package nl.simon.integration.lifecycle;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.simon.integration.jobs.TenantJobs;
import nl.simon.integration.log.LogMessage;
import nl.simon.integration.log.RecordLog;
import nl.simon.shared.ConflictException;
import nl.simon.shared.TenantId;
import nl.simon.shared.Transactions;

/**
 * The wizard's last step: with the terms accepted and wipe, connect and settings done, the
 * integration becomes ACTIVE and the tenant's jobs start (again), with its queued pushes sent now.
 * Otherwise 409 naming the missing steps.
 */
public final class ActivateIntegration {
    private final Integrations integrations;
    private final TenantJobs jobs;
    private final RecordLog log;
    private final Transactions transactions;
    private final Clock clock;

    public ActivateIntegration(
            Integrations integrations, TenantJobs jobs, RecordLog log, Transactions transactions, Clock clock) {
        this.integrations = integrations;
        this.jobs = jobs;
        this.log = log;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Integration activate(TenantId tenant, boolean acceptTerms) {
        List<WizardStep> missing = transactions.inTransaction(() -> missingSteps(tenant, acceptTerms));
        if (!missing.isEmpty()) {
            String steps = missing.stream().map(Enum::name).collect(Collectors.joining(", "));
            log.appendAndCommit(tenant, LogMessage.ACTIVATION_REFUSED, null, steps);
            throw new ConflictException(
                    Map.of("missingSteps", missing.stream().map(Enum::name).toList()),
                    "error.integration.steps-missing",
                    missing);
        }
        return transactions.inTransaction(() -> {
            Integration current = integrations.lock(tenant);
            if (current.isActive()) {
                throw new ConflictException("error.integration.already-active");
            }
            Integration active = new Integration(
                    tenant,
                    IntegrationStatus.ACTIVE,
                    clock.instant(),
                    null,
                    current.wipedAt(),
                    current.connection(),
                    clock.instant(),
                    current.suspensionKeptByOffice());
            integrations.save(active);
            integrations.startImport(tenant, 0);
            if (active.runsJobs()) {
                jobs.resume(tenant);
            }
            log.appendInTransaction(tenant, LogMessage.ACTIVATED, null);
            return active;
        });
    }

    private List<WizardStep> missingSteps(TenantId tenant, boolean acceptTerms) {
        Integration integration = integrations.get(tenant);
        if (integration.isActive()) {
            throw new ConflictException("error.integration.already-active");
        }
        List<WizardStep> missing = new ArrayList<>();
        if (integration.wipedAt() == null) {
            missing.add(WizardStep.WIPE);
        }
        if (integration.connected().isEmpty()) {
            missing.add(WizardStep.CONNECT);
        }
        if (integrations.currentSettings(tenant).isEmpty()) {
            missing.add(WizardStep.SETTINGS);
        }
        if (!acceptTerms) {
            missing.add(WizardStep.TERMS);
        }
        return missing;
    }
}
