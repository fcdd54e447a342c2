package nl.simon.adapter.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.simon.adapter.MessageText;
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
    private InvoicePreviewJson() {
    }

    static Map<String, Object> of(PreviewInvoice.Preview preview, MessageText messages, Locale locale) {
        Map<String, Object> answer = of(preview.composition(), messages, locale);
        List<String> warnings = new ArrayList<>();
        preview.repeated().forEach(repeated -> warnings.add(messages.render(locale, "preview.warning.REPEATED_PRODUCT",
                List.of(repeated.product(), repeated.times()))));
        if (preview.hiddenCustomer() != null) {
            warnings.add(messages.render(locale, "preview.warning.HIDDEN_CUSTOMER", List.of(preview.hiddenCustomer())));
        }
        answer.put("warnings", warnings);
        return answer;
    }

    private static Map<String, Object> of(Composition composition, MessageText messages, Locale locale) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("ready", composition instanceof Composition.Ready);
        if (composition instanceof Composition.Ready ready) {
            answer.put("draft", draft(ready.draft()));
        } else {
            String reason = reason(composition);
            answer.put("reason", reason);
            answer.put("message", messages.render(locale, "preview." + reason, details(composition, messages, locale)));
        }
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
        json.put("amount", line.amount());  // a quantity (hours or items), not money
        json.put("description", line.description());
        json.put("price", Money.of(line.price()));
        json.put("vatPercentage", line.vatPercentage());
        return json;
    }

    private static String reason(Composition composition) {
        if (composition instanceof Composition.Excluded) {
            return "EXCLUDED";
        }
        if (composition instanceof Composition.NoFsClient) {
            return "NO_FS_CLIENT";
        }
        if (composition instanceof Composition.UnknownProduct) {
            return "UNKNOWN_PRODUCT";
        }
        return "NO_CUSTOMER";
    }

    private static List<Object> details(Composition composition, MessageText messages, Locale locale) {
        if (composition instanceof Composition.Excluded excluded) {
            return List.of(excluded.word());
        }
        if (composition instanceof Composition.NoFsClient noFs) {
            return List.of(noFs.customerName());
        }
        if (composition instanceof Composition.UnknownProduct unknown) {
            return List.of(messages.render(locale, "setting." + unknown.field()), unknown.code());
        }
        return List.of();
    }
}
