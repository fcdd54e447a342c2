package nl.simon.adapter.api;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nl.simon.adapter.InvoicePreviewText;
import nl.simon.integration.fs.Draft;
import nl.simon.integration.fs.DraftLine;
import nl.simon.integration.push.Composition;
import nl.simon.integration.push.PreviewInvoice;

/**
 * {@code GET /api/work-orders/{id}/invoice-preview}: {@code {"ready": true, "draft": {clientnr, savename,
 * reference, lines}}}, or {@code {"ready": false, "reason", "message"}} saying why archiving would send nothing;
 * both with {@code "warnings": [...]}: a text for each product that would appear on more than one line, and one
 * when the work order's FactuurSturen customer is hidden (FS refuses a draft for a client it deleted).
 */
final class InvoicePreviewJson {
    private InvoicePreviewJson() {}

    static Map<String, Object> of(PreviewInvoice.Preview preview, InvoicePreviewText text, Locale locale) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("ready", preview.composition() instanceof Composition.Ready);
        if (preview.composition() instanceof Composition.Ready ready) {
            answer.put("draft", draft(ready.draft()));
        } else if (preview.composition() instanceof Composition.Refusal refusal) {
            answer.put("reason", refusal.reason());
            answer.put("message", text.reason(locale, refusal));
        }
        answer.put("warnings", text.warnings(locale, preview));
        return answer;
    }

    private static Map<String, Object> draft(Draft draft) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("clientnr", draft.clientnr());
        json.put("savename", draft.savename());
        json.put("reference", draft.reference());
        json.put("lines", draft.lines().stream().map(InvoicePreviewJson::line).toList());
        return json;
    }

    private static Map<String, Object> line(DraftLine line) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("amount", line.amount()); // a quantity (hours or items), not money
        json.put("description", line.description());
        json.put("price", Money.of(line.price()));
        json.put("vatPercentage", line.vatPercentage());
        return json;
    }
}
