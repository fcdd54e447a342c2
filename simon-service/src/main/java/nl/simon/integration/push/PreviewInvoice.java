package nl.simon.integration.push;

import java.util.List;
import java.util.Optional;
import nl.simon.customer.Customer;
import nl.simon.integration.lifecycle.Integrations;
import nl.simon.integration.settings.IntegrationSettings;
import nl.simon.integration.settings.SettingsVersion;
import nl.simon.item.Items;
import nl.simon.shared.Origin;
import nl.simon.shared.TenantId;
import nl.simon.workorder.InvoiceSyncState;
import nl.simon.workorder.UsedItem;
import nl.simon.workorder.WorkOrder;
import nl.simon.workorder.WorkOrderDetails;
import nl.simon.workorder.WorkOrderId;
import nl.simon.workorder.WorkOrderStatus;

/**
 * The draft invoice archiving (or a retry) would send (docs/product.md B4): with the settings in force now, or for a
 * queued or sent work order with the version fixed when it was archived. Products come from the items Simon pulled.
 * It warns when a product would appear on two lines (e.g. Werktijd from the registered time and as a used item).
 */
public final class PreviewInvoice {
    private final InvoicedWorkOrders workOrders;
    private final Items items;
    private final Integrations integrations;

    public PreviewInvoice(InvoicedWorkOrders workOrders, Items items, Integrations integrations) {
        this.workOrders = workOrders;
        this.items = items;
        this.integrations = integrations;
    }

    /**
     * The draft (or why there is none), the products that would appear on more than one of its lines, and
     * the name of its FactuurSturen customer when Simon hides that one (deleted or inactive in FS) while the
     * draft is still to be sent (else null): FS refuses a draft for a client it deleted.
     */
    public record Preview(
            Composition composition,
            List<RepeatedProduct> repeated,
            String hiddenCustomer,
            List<UsedItem> simonPriced) {}

    public Composition preview(TenantId tenant, WorkOrderId id) {
        return show(tenant, id).composition();
    }

    public Preview show(TenantId tenant, WorkOrderId id) {
        InvoicedWorkOrder workOrder = workOrders.read(tenant, id);
        WorkOrderDetails details = workOrder.details();
        Customer customer = workOrder.customer();
        IntegrationSettings settings = settings(tenant, details);
        ProductPrices products = new ProductPrices(tenant, items, null, null);
        return new Preview(
                ComposeDraft.compose(details, customer, workOrder.location(), settings, products),
                RepeatedProduct.in(details, settings, products),
                hiddenCustomer(details.workOrder(), customer),
                simonPriced(tenant, details));
    }

    /**
     * Issue 15 item 9: used items made in Simon (not pulled from FactuurSturen) go on the draft at their
     * Simon price; the preview says so for each of them.
     */
    private List<UsedItem> simonPriced(TenantId tenant, WorkOrderDetails details) {
        return details.usedItems().stream()
                .filter(used -> items.byId(tenant, used.itemId())
                        .map(item -> item.origin() == Origin.SIMON)
                        .orElse(false))
                .toList();
    }

    private static String hiddenCustomer(WorkOrder workOrder, Customer customer) {
        InvoiceSyncState state = workOrder.invoiceSync().state();
        boolean toBeSent = workOrder.status() != WorkOrderStatus.ARCHIVED || state.canBeResent();
        return toBeSent && customer != null && !customer.active() && customer.fsClientNr() != null
                ? customer.name()
                : null;
    }

    /** A queued or sent work order keeps the version of its archiving; a retry (failed, not sent) uses today's. */
    private IntegrationSettings settings(TenantId tenant, WorkOrderDetails details) {
        WorkOrder workOrder = details.workOrder();
        InvoiceSyncState state = workOrder.invoiceSync().state();
        boolean fixed = workOrder.status() == WorkOrderStatus.ARCHIVED
                && workOrder.settingsVersion() != null
                && !state.canBeResent();
        Optional<SettingsVersion> version = fixed
                ? integrations.settingsVersion(tenant, workOrder.settingsVersion())
                : integrations.currentSettings(tenant);
        return version.map(SettingsVersion::settings).orElse(IntegrationSettings.DEFAULTS);
    }
}
