package nl.simon.integration.push;

import nl.simon.integration.fs.FactuurSturen;
import nl.simon.integration.fs.FsCredentials;
import nl.simon.integration.lifecycle.Integrations;
import nl.simon.integration.settings.IntegrationSettings;
import nl.simon.integration.settings.SettingsVersion;
import nl.simon.item.Items;
import nl.simon.shared.TenantId;

/**
 * Composes the draft a push sends: with the settings version fixed when the work order was queued (today's
 * when it has none), its products from the items Simon pulled, else from FactuurSturen itself.
 */
public final class PushComposer {
    private final Integrations integrations;
    private final Items items;
    private final FactuurSturen factuurSturen;

    public PushComposer(Integrations integrations, Items items, FactuurSturen factuurSturen) {
        this.integrations = integrations;
        this.items = items;
        this.factuurSturen = factuurSturen;
    }

    Composition compose(TenantId tenant, InvoicedWorkOrder workOrder, PushState state, FsCredentials credentials) {
        IntegrationSettings settings = (state.settingsVersion() == null
                        ? integrations.currentSettings(tenant)
                        : integrations.settingsVersion(tenant, state.settingsVersion()))
                .map(SettingsVersion::settings)
                .orElseThrow(() -> new IllegalStateException("no settings for push"));
        return ComposeDraft.compose(
                workOrder.details(),
                workOrder.customer(),
                workOrder.location(),
                settings,
                new ProductPrices(tenant, items, factuurSturen, credentials));
    }
}
