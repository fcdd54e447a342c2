package nl.simon.adapter.web;

import java.util.List;
import java.util.Locale;
import nl.simon.adapter.InvoicePreviewText;
import nl.simon.adapter.MessageText;
import nl.simon.customer.Customer;
import nl.simon.integration.lifecycle.Integration;
import nl.simon.integration.lifecycle.Integrations;
import nl.simon.integration.push.PreviewInvoice;
import nl.simon.shared.TenantId;
import nl.simon.workorder.InvoiceSyncState;
import nl.simon.workorder.WorkOrder;
import nl.simon.workorder.WorkOrderStatus;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the work order page shows about its draft invoice (docs/product.md B3, B4): the state with its message, whether
 * "Opnieuw versturen" and "Klant koppelen" are offered, and the preview of the draft. Both buttons
 * and the preview need an active integration; without one the page says so in grey.
 */
@Component
class InvoicePanel {
    private final PreviewInvoice previewInvoice;
    private final Integrations integrations;
    private final WorkOrderFormChoices choices;
    private final MessageText text;
    private final InvoicePreviewText previewText;

    private final Display display;

    InvoicePanel(
            PreviewInvoice previewInvoice,
            Integrations integrations,
            WorkOrderFormChoices choices,
            MessageSource messages,
            Display display) {
        this.display = display;
        this.previewInvoice = previewInvoice;
        this.integrations = integrations;
        this.choices = choices;
        this.text = new MessageText(messages);
        this.previewText = new InvoicePreviewText(text);
    }

    /** {@code customer}: the work order's customer, null when it has none. */
    void addTo(Model model, TenantId tenant, WorkOrder workOrder, Customer customer, Locale locale) {
        addTo(model, tenant, workOrder, customer, locale, null, 1);
    }

    /** {@code linkQuery}, {@code linkPage}: the "Klant koppelen" search without JavaScript. */
    void addTo(
            Model model,
            TenantId tenant,
            WorkOrder workOrder,
            Customer customer,
            Locale locale,
            String linkQuery,
            int linkPage) {
        Integration integration = integrations.get(tenant);
        boolean active = integration.isActive();
        boolean archived = workOrder.status() == WorkOrderStatus.ARCHIVED;
        boolean resendable = archived && workOrder.invoiceSync().state().canBeResent();
        model.addAttribute(
                "invoiceMessage",
                text.renderNote(locale, workOrder.invoiceSync().message()));
        model.addAttribute("integrationActive", active);
        model.addAttribute("canResend", resendable && active);
        model.addAttribute("resendAfterActivation", resendable && !active && integration.everActivated());
        // Before archiving: a work order without a customer, or whose customer is hidden (deleted or inactive in
        // FS, or made in Simon and cleaned up): the page offers to link another one (the cleanup's advice).
        linkChoices(
                model,
                tenant,
                archived ? resendable && active : customer == null || !customer.active(),
                linkQuery,
                linkPage);
        boolean previewed = !archived || active && workOrder.invoiceSync().state() != InvoiceSyncState.SENT;
        model.addAttribute("showPreview", previewed);
        InvoicePreview preview = previewed && active
                ? InvoicePreview.of(previewInvoice.show(tenant, workOrder.id()), previewText, locale)
                : null;
        model.addAttribute("preview", preview);
        if (!archived) {
            model.addAttribute("draftSummary", draftSummary(preview, locale));
        }
    }

    /**
     * The line next to "Gereed melden" and "Archiveren" (and on their confirmation page): the draft archiving will
     * send ("wordt conceptfactuur WB 12, € 355,38"), from the same preview, or why nothing will be sent.
     */
    private String draftSummary(InvoicePreview preview, Locale locale) {
        if (preview == null) {
            return text.render(locale, "workorder.draft-summary.inactive", List.of());
        }
        if (preview.draft() == null) {
            return preview.reason();
        }
        return text.render(
                locale,
                "workorder.draft-summary",
                List.of(preview.draft().savename(), display.euro(preview.draft().totalInclVat())));
    }

    /** The "Klant koppelen" form's choices: a work order without (active) customer, or an archived one to send again. */
    private void linkChoices(Model model, TenantId tenant, boolean canLink, String query, int page) {
        model.addAttribute("canLinkCustomer", canLink);
        // Only customers a draft invoice can go to: active and known in FactuurSturen (issue 15, item 9).
        WorkOrderFormChoices.Found<Customer> found = canLink ? choices.customers(tenant, query, page, true) : null;
        model.addAttribute("linkQ", query == null ? "" : query);
        model.addAttribute("linkChoices", found);
        List<Customer> customers = found == null ? List.of() : found.rows();
        model.addAttribute("linkCustomers", customers);
        model.addAttribute("linkLocations", canLink ? choices.locations(tenant, customers) : List.of());
    }
}
