package nl.simon.sync;

import java.util.Optional;
import nl.simon.customer.Customer;
import nl.simon.customer.Customers;
import nl.simon.customer.Location;
import nl.simon.customer.Locations;
import nl.simon.integration.IntegrationSettings;
import nl.simon.integration.Integrations;
import nl.simon.integration.SettingsVersion;
import nl.simon.item.Items;
import nl.simon.shared.TenantId;
import nl.simon.workorder.ViewWorkOrder;
import nl.simon.workorder.WorkOrderDetails;
import nl.simon.workorder.WorkOrderId;
import nl.simon.workorder.WorkOrderStatus;

/**
 * The draft invoice archiving would send (B4): with the settings in force now, or for an archived work
 * order with the version fixed when it was archived. Products come from the items Simon pulled.
 */
public final class PreviewInvoice {
    private final ViewWorkOrder view;
    private final Customers customers;
    private final Locations locations;
    private final Items items;
    private final Integrations integrations;

    public PreviewInvoice(ViewWorkOrder view, Customers customers, Locations locations, Items items,
            Integrations integrations) {
        this.view = view;
        this.customers = customers;
        this.locations = locations;
        this.items = items;
        this.integrations = integrations;
    }

    public Composition preview(TenantId tenant, WorkOrderId id) {
        WorkOrderDetails details = view.view(tenant, id);
        Customer customer = details.workOrder().customer().flatMap(c -> customers.byId(tenant, c)).orElse(null);
        Location location = details.workOrder().location().flatMap(l -> locations.byId(tenant, l)).orElse(null);
        return ComposeDraft.compose(details, customer, location, settings(tenant, details),
                new ProductPrices(tenant, items, null, null));
    }

    private IntegrationSettings settings(TenantId tenant, WorkOrderDetails details) {
        Optional<SettingsVersion> version = details.workOrder().status() == WorkOrderStatus.ARCHIVED
                && details.workOrder().settingsVersion() != null
                ? integrations.settingsVersion(tenant, details.workOrder().settingsVersion())
                : integrations.currentSettings(tenant);
        return version.map(SettingsVersion::settings).orElse(IntegrationSettings.DEFAULTS);
    }
}
