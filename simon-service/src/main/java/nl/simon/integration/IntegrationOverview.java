package nl.simon.integration;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the integration pages show: the integration, the status page's tables, the settings in
 * force (or the proposed defaults with {@code settingsVersion} empty), and which wizard steps are done.
 */
public record IntegrationOverview(Integration integration, List<TableActivityRow> tables,
        Optional<SettingsVersion> settingsVersion, Map<WizardStep, Boolean> steps, ImportProgress initialImport,
        Optional<Instant> lastSync) {

    public IntegrationSettings settings() {
        return settingsVersion.map(SettingsVersion::settings).orElse(IntegrationSettings.DEFAULTS);
    }
}
