package nl.simon.integration.lifecycle;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.simon.integration.jobs.JobFailure;
import nl.simon.integration.settings.IntegrationSettings;
import nl.simon.integration.settings.SettingsVersion;

/**
 * Everything the integration pages show: the integration, the status page's tables, the settings in
 * force (or the proposed defaults with {@code settingsVersion} empty), which wizard steps are done, and
 * the jobs failing unexpectedly right now ({@code jobFailures}, oldest first; empty when all is well).
 */
public record IntegrationOverview(
        Integration integration,
        List<TableActivityRow> tables,
        Optional<SettingsVersion> settingsVersion,
        Map<WizardStep, Boolean> steps,
        ImportProgress initialImport,
        Optional<Instant> lastSync,
        List<JobFailure> jobFailures) {

    public IntegrationOverview(
            Integration integration,
            List<TableActivityRow> tables,
            Optional<SettingsVersion> settingsVersion,
            Map<WizardStep, Boolean> steps,
            ImportProgress initialImport,
            Optional<Instant> lastSync) {
        this(integration, tables, settingsVersion, steps, initialImport, lastSync, List.of());
    }

    /** The oldest unexpected failure still going on, if any: what the status page shows first. */
    public Optional<JobFailure> lastError() {
        return jobFailures.isEmpty() ? Optional.empty() : Optional.of(jobFailures.get(0));
    }

    public IntegrationSettings settings() {
        return settingsVersion.map(SettingsVersion::settings).orElse(IntegrationSettings.DEFAULTS);
    }
}
