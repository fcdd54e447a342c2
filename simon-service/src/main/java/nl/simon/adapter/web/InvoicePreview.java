package nl.simon.adapter.web;

import java.util.List;
import java.util.Locale;
import nl.simon.adapter.InvoicePreviewText;
import nl.simon.integration.fs.Draft;
import nl.simon.integration.fs.DraftLine;
import nl.simon.integration.push.Composition;
import nl.simon.integration.push.PreviewInvoice;

/**
 * The "Voorbeeld conceptfactuur" panel: the draft archiving would send, or (draft null) the reason
 * nothing would be sent, in the reader's language; and a warning for each product that would appear on
 * more than one line, and for a hidden FactuurSturen customer.
 */
public record InvoicePreview(Draft draft, String reason, List<String> warnings) {

    static InvoicePreview of(PreviewInvoice.Preview preview, InvoicePreviewText text, Locale locale) {
        List<String> warnings = text.warnings(locale, preview);
        if (preview.composition() instanceof Composition.Ready ready) {
            return new InvoicePreview(ready.draft(), null, warnings);
        }
        return new InvoicePreview(null, text.reason(locale, (Composition.Refusal) preview.composition()), warnings);
    }

    /** A text line (only a description) spans the whole row of the table. */
    public boolean isText(DraftLine line) {
        return line.amount() == null && line.price() == null;
    }
}
