package nl.simon.adapter.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.simon.integration.settings.CustomerReferenceSource;
import nl.simon.integration.settings.IntegrationSettings;
import nl.simon.integration.settings.InvoiceName;
import nl.simon.integration.settings.InvoiceReference;
import nl.simon.integration.settings.WorkDescriptionSource;
import nl.simon.shared.InvalidInputException;

/**
 * The settings form (docs/product.md §5.2–§5.9) as the page shows it: every field as text, filled from the
 * settings in force or from what the user typed when the form came back. Yes/no questions are
 * {@code true}/{@code false}, choices the enum names, an empty product code switches that line off.
 */
public record SettingsForm(Map<String, String> values) {
    static final List<String> PRODUCT_CODES =
            List.of("travelTimeProductCode", "workTimeProductCode", "standardProductCode");
    static final Map<String, List<String>> CHOICES = Map.of(
            "workDescriptionSource", names(WorkDescriptionSource.values()),
            "customerReferenceSource", names(CustomerReferenceSource.values()),
            "invoiceReference", names(InvoiceReference.values()),
            "invoiceName", names(InvoiceName.values()));
    static final List<String> FIELDS = List.of(
            "quotationsToWorkOrders",
            "quotationFilterWord",
            "quotationLinesAsUsedItems",
            "workDescriptionSource",
            "customerReferenceSource",
            "travelTimeProductCode",
            "workTimeProductCode",
            "standardProductCode",
            "workOrderExclusionWord",
            "descriptionAsFirstLine",
            "invoiceReference",
            "invoiceName",
            "mailAdmins");

    static SettingsForm of(IntegrationSettings settings) {
        Object[] shown = {
            settings.quotationsToWorkOrders(),
            settings.quotationFilterWord(),
            settings.quotationLinesAsUsedItems(),
            settings.workDescriptionSource(),
            settings.customerReferenceSource(),
            settings.travelTimeProductCode(),
            settings.workTimeProductCode(),
            settings.standardProductCode(),
            settings.workOrderExclusionWord(),
            settings.descriptionAsFirstLine(),
            settings.invoiceReference(),
            settings.invoiceName(),
            settings.mailAdmins()
        };
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < FIELDS.size(); i++) {
            values.put(FIELDS.get(i), shown[i] == null ? "" : String.valueOf(shown[i]));
        }
        return new SettingsForm(values);
    }

    /** The form as sent (request parameters or a form that came back); other parameters are left out. */
    static SettingsForm of(Map<String, String> sent) {
        Map<String, String> values = new LinkedHashMap<>();
        FIELDS.forEach(field -> values.put(field, sent.getOrDefault(field, "")));
        return new SettingsForm(values);
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    /** Whether this yes/no question or choice has this answer. */
    public boolean is(String field, Object answer) {
        return value(field).equals(String.valueOf(answer));
    }

    IntegrationSettings toSettings() {
        return new IntegrationSettings(
                yes("quotationsToWorkOrders"),
                value("quotationFilterWord"),
                yes("quotationLinesAsUsedItems"),
                choice("workDescriptionSource", WorkDescriptionSource.class),
                choice("customerReferenceSource", CustomerReferenceSource.class),
                value("travelTimeProductCode"),
                value("workTimeProductCode"),
                value("standardProductCode"),
                value("workOrderExclusionWord"),
                yes("descriptionAsFirstLine"),
                choice("invoiceReference", InvoiceReference.class),
                choice("invoiceName", InvoiceName.class),
                value("mailAdmins").isBlank() ? null : yes("mailAdmins"));
    }

    private boolean yes(String field) {
        String answer = value(field).strip().toLowerCase(Locale.ROOT);
        if (!answer.equals("true") && !answer.equals("false")) {
            throw new InvalidInputException(field, "error.wrong-type");
        }
        return answer.equals("true");
    }

    /** The chosen option; none chosen is left to the use case, which names the field as required. */
    private <E extends Enum<E>> E choice(String field, Class<E> type) {
        String answer = value(field).strip();
        if (answer.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, answer);
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException(field, "error.wrong-type");
        }
    }

    private static List<String> names(Enum<?>[] options) {
        return java.util.Arrays.stream(options).map(Enum::name).toList();
    }
}
