package nl.simon.integration.lifecycle;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import nl.simon.integration.jobs.JobHealth;
import nl.simon.integration.settings.SettingsVersion;
import nl.simon.shared.TenantId;
import nl.simon.shared.Transactions;

/** Reads the integration for the status page, the wizard and {@code GET /api/integration}. */
public final class ShowIntegration {
    private final Integrations integrations;
    private final TableActivity activity;
    private final Transactions transactions;
    private final JobHealth health;

    public ShowIntegration(
            Integrations integrations, TableActivity activity, Transactions transactions, JobHealth health) {
        this.health = health;
        this.integrations = integrations;
        this.activity = activity;
        this.transactions = transactions;
    }

    public IntegrationOverview show(TenantId tenant) {
        return transactions.inTransaction(() -> {
            Integration integration = integrations.get(tenant);
            Optional<SettingsVersion> settings = integrations.currentSettings(tenant);
            Map<WizardStep, Boolean> steps = new EnumMap<>(WizardStep.class);
            steps.put(WizardStep.WIPE, integration.wipedAt() != null);
            steps.put(WizardStep.CONNECT, integration.connected().isPresent());
            steps.put(WizardStep.SETTINGS, settings.isPresent());
            steps.put(WizardStep.TERMS, integration.isActive());
            return new IntegrationOverview(
                    integration,
                    activity.of(tenant),
                    settings,
                    steps,
                    integrations.importProgress(tenant),
                    integrations.lastSync(tenant),
                    health.failing(tenant));
        });
    }
}
