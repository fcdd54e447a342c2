package nl.simon.adapter.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.simon.adapter.MessageText;
import nl.simon.integration.fs.Draft;
import nl.simon.integration.fs.DraftLine;
import nl.simon.integration.push.Composition;
import nl.simon.integration.push.PreviewInvoice;

/**
 * The "Voorbeeld conceptfactuur" panel: the draft archiving would send, or (draft null) the reason
 * nothing would be sent, rendered from {@code preview.<REASON>} in the reader's language; and a warning
 * for each product that would appear on more than one line, and for a hidden FactuurSturen customer.
 */
public record InvoicePreview(Draft draft, String reason, List<String> warnings) {

    static InvoicePreview of(PreviewInvoice.Preview preview, MessageText text, Locale locale) {
        InvoicePreview shown = of(preview.composition(), text, locale);
        List<String> warnings = new ArrayList<>();
        preview.repeated().forEach(repeated -> warnings.add(text.render(locale, "preview.warning.REPEATED_PRODUCT",
                List.of(repeated.product(), repeated.times()))));
        if (preview.hiddenCustomer() != null) {
            warnings.add(text.render(locale, "preview.warning.HIDDEN_CUSTOMER", List.of(preview.hiddenCustomer())));
        }
        return new InvoicePreview(shown.draft(), shown.reason(), List.copyOf(warnings));
    }

    private static InvoicePreview of(Composition composition, MessageText text, Locale locale) {
        if (composition instanceof Composition.Ready ready) {
            return new InvoicePreview(ready.draft(), null, List.of());
        }
        if (composition instanceof Composition.Excluded excluded) {
            return reason(text, locale, "EXCLUDED", excluded.word());
        }
        if (composition instanceof Composition.NoFsClient noFsClient) {
            return reason(text, locale, "NO_FS_CLIENT", noFsClient.customerName());
        }
        if (composition instanceof Composition.UnknownProduct unknown) {
            String setting = text.render(locale, "setting." + unknown.field());
            return reason(text, locale, "UNKNOWN_PRODUCT", setting, unknown.code());
        }
        return reason(text, locale, "NO_CUSTOMER");
    }

    private static InvoicePreview reason(MessageText text, Locale locale, String reason, Object... arguments) {
        return new InvoicePreview(null, text.render(locale, "preview." + reason, List.of(arguments)), List.of());
    }

    /** A text line (only a description) spans the whole row of the table. */
    public boolean isText(DraftLine line) {
        return line.amount() == null && line.price() == null;
    }
}
