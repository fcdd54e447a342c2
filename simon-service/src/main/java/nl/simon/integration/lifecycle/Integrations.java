package nl.simon.integration.lifecycle;

import java.time.Instant;
import java.util.Optional;
import nl.simon.integration.fs.FsConnection;
import nl.simon.integration.settings.IntegrationSettings;
import nl.simon.integration.settings.SettingsVersion;
import nl.simon.shared.TenantId;

/** The stored integration of each tenant, with its encrypted credentials and settings versions. */
public interface Integrations {
    /** The tenant's integration, made (NOT_ACTIVATED) when missing, locked until the transaction ends. */
    Integration lock(TenantId tenant);

    /** The tenant's integration as it is now (NOT_ACTIVATED when never touched). */
    Integration get(TenantId tenant);

    void save(Integration integration);

    /** Stores the connected account; {@code encryptedApiKey} is already sealed. */
    void connect(TenantId tenant, FsConnection connection, String encryptedApiKey);

    Optional<String> encryptedApiKey(TenantId tenant);

    SettingsVersion addSettings(TenantId tenant, IntegrationSettings settings, Instant validFrom, String savedBy);

    Optional<SettingsVersion> currentSettings(TenantId tenant);

    Optional<SettingsVersion> settingsVersion(TenantId tenant, int version);

    ImportProgress importProgress(TenantId tenant);

    /** Starts (again) the first-import counter: on activation with total 0, when counted with the total. */
    void startImport(TenantId tenant, long total);

    void advanceImport(TenantId tenant, long records);

    void finishImport(TenantId tenant);

    /** The time of the last completed sync run ("last checked"); ends a failing episode. */
    void syncChecked(TenantId tenant);

    /** When the last sync run completed, if ever. */
    Optional<Instant> lastSync(TenantId tenant);

    /** Notes a failed sync run; true when it starts a new failing episode (log it once, not per retry). */
    boolean syncFailed(TenantId tenant);
}
