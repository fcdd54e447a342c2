package nl.simon.integration.push;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import nl.simon.integration.fs.FsConnection;
import nl.simon.integration.lifecycle.ImportProgress;
import nl.simon.integration.lifecycle.Integration;
import nl.simon.integration.lifecycle.IntegrationStatus;
import nl.simon.integration.lifecycle.Integrations;
import nl.simon.integration.settings.IntegrationSettings;
import nl.simon.integration.settings.SettingsVersion;
import nl.simon.shared.TenantId;

/** One tenant's integration: active and connected unless a test says otherwise; settings version 1. */
final class InMemoryIntegrations implements Integrations {
    Integration integration = Integration.notActivated(InMemoryPush.TENANT);
    String encryptedApiKey = "sealed-key";

    void activate() {
        integration = new Integration(
                InMemoryPush.TENANT,
                IntegrationStatus.ACTIVE,
                InMemoryPush.NOW,
                null,
                null,
                new FsConnection("bakkerij", URI.create("http://127.0.0.1:1/api/v1/"), InMemoryPush.NOW),
                InMemoryPush.NOW,
                null);
    }

    void deactivate() {
        integration = new Integration(
                InMemoryPush.TENANT,
                IntegrationStatus.INACTIVE,
                InMemoryPush.NOW,
                InMemoryPush.NOW,
                null,
                integration.connection(),
                InMemoryPush.NOW,
                null);
    }

    void suspend(String reason) {
        integration = new Integration(
                InMemoryPush.TENANT,
                IntegrationStatus.ACTIVE,
                InMemoryPush.NOW,
                null,
                null,
                integration.connection(),
                InMemoryPush.NOW,
                reason);
    }

    @Override
    public Integration lock(TenantId tenant) {
        return integration;
    }

    @Override
    public Integration get(TenantId tenant) {
        return integration;
    }

    @Override
    public void save(Integration changed) {
        integration = changed;
    }

    @Override
    public Optional<String> encryptedApiKey(TenantId tenant) {
        return integration.connection() == null ? Optional.empty() : Optional.of(encryptedApiKey);
    }

    @Override
    public Optional<SettingsVersion> currentSettings(TenantId tenant) {
        return settingsVersion(tenant, 1);
    }

    @Override
    public Optional<SettingsVersion> settingsVersion(TenantId tenant, int version) {
        return version == 1
                ? Optional.of(new SettingsVersion(1, InMemoryPush.NOW, InMemoryPush.SETTINGS, "admin"))
                : Optional.empty();
    }

    @Override
    public void connect(TenantId tenant, FsConnection connection, String key) {
        throw new UnsupportedOperationException();
    }

    @Override
    public SettingsVersion addSettings(
            TenantId tenant, IntegrationSettings settings, Instant validFrom, String savedBy) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ImportProgress importProgress(TenantId tenant) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void startImport(TenantId tenant, long total) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void advanceImport(TenantId tenant, long records) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void finishImport(TenantId tenant) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void syncChecked(TenantId tenant) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Instant> lastSync(TenantId tenant) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean syncFailed(TenantId tenant) {
        throw new UnsupportedOperationException();
    }
}
