package nl.simon.integration.push;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import nl.simon.customer.Customer;
import nl.simon.customer.Location;
import nl.simon.integration.fs.Draft;
import nl.simon.integration.fs.DraftLine;
import nl.simon.integration.settings.IntegrationSettings;
import nl.simon.integration.settings.InvoiceName;
import nl.simon.workorder.UsedItem;
import nl.simon.workorder.WorkOrder;
import nl.simon.workorder.WorkOrderDetails;

/**
 * Composes the draft invoice of a work order with the settings in force when it was archived (seed
 * 3.4, 5.3–5.9): an optional text line with the description, work time and travel time as hours × their
 * product (120 min → 2, 15 min → 0.25), one line per used item, the standard product, reference lines
 * and the draft's name. Pure: products are looked up through {@code products}.
 */
public final class ComposeDraft {
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);
    private static final int MAX_REFERENCE = 100;

    private ComposeDraft() {}

    public static Composition compose(
            WorkOrderDetails details,
            Customer customer,
            Location location,
            IntegrationSettings settings,
            Function<String, Optional<PricedProduct>> products) {
        WorkOrder workOrder = details.workOrder();
        String word = settings.workOrderExclusionWord();
        if (word != null && workOrder.description().toLowerCase(Locale.ROOT).contains(word.toLowerCase(Locale.ROOT))) {
            return new Composition.Excluded(word);
        }
        if (customer == null) {
            return new Composition.NoCustomer();
        }
        if (customer.fsClientNr() == null) {
            return new Composition.NoFsClient(customer.name());
        }
        List<DraftLine> lines = new ArrayList<>();
        if (settings.descriptionAsFirstLine()) {
            lines.add(DraftLine.text(workOrder.description()));
        }
        Optional<Composition> missing = timeLine(
                        lines,
                        "workTimeProductCode",
                        settings.workTimeProductCode(),
                        details.totalWorkMinutes(),
                        products)
                .or(() -> timeLine(
                        lines,
                        "travelTimeProductCode",
                        settings.travelTimeProductCode(),
                        details.totalTravelMinutes(),
                        products));
        if (missing.isPresent()) {
            return missing.get();
        }
        details.usedItems().forEach(used -> lines.add(line(used)));
        if (settings.standardProductCode() != null) {
            Optional<PricedProduct> standard = products.apply(settings.standardProductCode());
            if (standard.isEmpty()) {
                return new Composition.UnknownProduct("standardProductCode", settings.standardProductCode());
            }
            lines.add(line(BigDecimal.ONE, standard.get()));
        }
        return new Composition.Ready(new Draft(
                customer.fsClientNr(),
                savename(workOrder, settings.invoiceName()),
                reference(workOrder, customer, location, settings),
                lines));
    }

    /** Minutes as hours with 2 decimals: 15 → 0.25, 120 → 2.00, 20 → 0.33. */
    public static BigDecimal hours(int minutes) {
        return BigDecimal.valueOf(minutes).divide(SIXTY, 2, RoundingMode.HALF_UP);
    }

    private static Optional<Composition> timeLine(
            List<DraftLine> lines,
            String field,
            String code,
            int minutes,
            Function<String, Optional<PricedProduct>> products) {
        if (code == null || minutes == 0) {
            return Optional.empty();
        }
        Optional<PricedProduct> product = products.apply(code);
        if (product.isEmpty()) {
            return Optional.of(new Composition.UnknownProduct(field, code));
        }
        lines.add(line(hours(minutes), product.get()));
        return Optional.empty();
    }

    private static DraftLine line(BigDecimal amount, PricedProduct product) {
        return new DraftLine(amount, product.label(), product.price(), product.vatPercentage());
    }

    private static DraftLine line(UsedItem used) {
        return new DraftLine(used.quantity(), used.code() + " " + used.name(), used.price(), used.vatPercentage());
    }

    static String savename(WorkOrder workOrder, InvoiceName choice) {
        String number = "WB " + workOrder.number();
        String reference = workOrder.customerReference();
        boolean hasReference = reference != null && !reference.isBlank();
        String name = switch (choice) {
            case WORK_ORDER_NUMBER -> number;
            case CUSTOMER_REFERENCE -> hasReference ? reference.strip() : number;
            case WORK_ORDER_NUMBER_AND_CUSTOMER_REFERENCE -> hasReference ? number + " " + reference.strip() : number;
        };
        return cut(name, Draft.MAX_SAVENAME);
    }

    private static List<String> reference(
            WorkOrder workOrder, Customer customer, Location location, IntegrationSettings settings) {
        String address = location != null
                ? location.address().oneLine()
                : customer.address().oneLine();
        String description = firstLine(workOrder.description());
        List<String> lines = switch (settings.invoiceReference()) {
            case WORK_ADDRESS -> List.of(address);
            case WORK_ADDRESS_AND_DESCRIPTION -> List.of(address, description);
            case DESCRIPTION -> List.of(description);
            case NOTHING -> List.of();
        };
        return lines.stream()
                .filter(line -> !line.isBlank())
                .map(line -> cut(line, MAX_REFERENCE))
                .toList();
    }

    private static String firstLine(String text) {
        return text.strip().lines().findFirst().orElse("");
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max).strip();
    }
}
