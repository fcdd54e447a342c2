package nl.simon.integration.push;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.simon.integration.settings.IntegrationSettings;
import nl.simon.workorder.UsedItem;
import nl.simon.workorder.WorkOrderDetails;

/**
 * A product that would appear on more than one line of a work order's draft invoice, whatever the
 * cause: a used item of the work-time, travel-time or standard product (booked by hand or from a
 * quotation), or the same item used twice. The preview warns about it; the draft itself is not changed.
 */
public record RepeatedProduct(String product, int times) {

    /** The products on two or more of the lines {@link ComposeDraft} would make, in the order of their first line. */
    public static List<RepeatedProduct> in(
            WorkOrderDetails details,
            IntegrationSettings settings,
            Function<String, Optional<PricedProduct>> products) {
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<String[]> lines = new ArrayList<>();
        if (settings.workTimeProductCode() != null && details.totalWorkMinutes() > 0) {
            lines.add(settingsLine(settings.workTimeProductCode(), products));
        }
        if (settings.travelTimeProductCode() != null && details.totalTravelMinutes() > 0) {
            lines.add(settingsLine(settings.travelTimeProductCode(), products));
        }
        for (UsedItem used : details.usedItems()) {
            boolean coded = used.code() != null && !used.code().isBlank();
            lines.add(new String[] {
                coded ? key(used.code()) : "item#" + used.itemId().value(),
                coded ? used.code().strip() + " " + used.name() : used.name()
            });
        }
        if (settings.standardProductCode() != null) {
            lines.add(settingsLine(settings.standardProductCode(), products));
        }
        for (String[] line : lines) {
            labels.putIfAbsent(line[0], line[1]);
            counts.merge(line[0], 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .filter(entry -> entry.getValue() > 1)
                .map(entry -> new RepeatedProduct(labels.get(entry.getKey()), entry.getValue()))
                .toList();
    }

    private static String[] settingsLine(String code, Function<String, Optional<PricedProduct>> products) {
        return new String[] {
            key(code), products.apply(code).map(PricedProduct::label).orElse(code)
        };
    }

    /** Product codes compare trimmed and ignoring case: "0002" and " 0002" are one product to the reader. */
    private static String key(String code) {
        return code.strip().toLowerCase(Locale.ROOT);
    }
}
