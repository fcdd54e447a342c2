package nl.simon.adapter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.simon.integration.push.Composition;
import nl.simon.integration.push.PreviewInvoice;

/**
 * The texts of a draft preview, the same on the work order page and in the REST API: why archiving would
 * send nothing ({@code preview.<reason>}), and a warning for each product that would appear on more than one
 * line and for a hidden FactuurSturen customer.
 */
public final class InvoicePreviewText {
    private final MessageText text;

    public InvoicePreviewText(MessageText text) {
        this.text = text;
    }

    public String reason(Locale locale, Composition.Refusal refusal) {
        return text.render(locale, "preview." + refusal.reason(), refusal.parameters());
    }

    public List<String> warnings(Locale locale, PreviewInvoice.Preview preview) {
        List<String> warnings = new ArrayList<>();
        preview.repeated()
                .forEach(repeated -> warnings.add(text.render(
                        locale, "preview.warning.REPEATED_PRODUCT", List.of(repeated.product(), repeated.times()))));
        preview.simonPriced()
                .forEach(used -> warnings.add(text.render(
                        locale,
                        "preview.warning.SIMON_PRICE",
                        List.of(used.code() + " " + used.name(), euro(locale, used.price())))));
        if (preview.hiddenCustomer() != null) {
            warnings.add(text.render(locale, "preview.warning.HIDDEN_CUSTOMER", List.of(preview.hiddenCustomer())));
        }
        return List.copyOf(warnings);
    }

    private static String euro(Locale locale, java.math.BigDecimal amount) {
        java.text.NumberFormat format = java.text.NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(java.util.Currency.getInstance("EUR"));
        return format.format(amount);
    }
}
