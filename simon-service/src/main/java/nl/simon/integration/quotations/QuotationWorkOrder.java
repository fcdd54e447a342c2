package nl.simon.integration.quotations;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.simon.integration.fs.DraftLine;
import nl.simon.integration.fs.FsQuotationInfo;
import nl.simon.integration.settings.CustomerReferenceSource;
import nl.simon.integration.settings.IntegrationSettings;
import nl.simon.item.Item;

/**
 * What a quotation becomes (docs/product.md §5.2–§5.2.4): the work description and customer reference the settings
 * choose, and, with "quotation lines as used items", each priced line matched to an item (by the code at
 * the start of its description, else by name); a line that matches nothing stays in the description.
 * A line of the work-time, travel-time or standard product (the codes of the settings in force) never
 * becomes a used item: the draft invoice bills those from the registered time and the settings, so as an
 * item it would be billed twice. Such a line stays in the description, for the planner ({@code billedOtherwise}).
 */
record QuotationWorkOrder(
        String description,
        String customerReference,
        List<Match> usedItems,
        List<String> unmatched,
        List<String> billedOtherwise) {

    record Match(Item item, java.math.BigDecimal quantity) {}

    static QuotationWorkOrder of(
            FsQuotationInfo quotation,
            IntegrationSettings settings,
            Function<String, Optional<Item>> byCode,
            Function<String, Optional<Item>> byName) {
        Lines lines = new Lines(billedOtherwise(settings), byCode, byName);
        if (settings.quotationLinesAsUsedItems()) {
            quotation.lines().stream()
                    .filter(line -> line.amount() != null
                            && line.amount().signum() > 0
                            && !line.description().isBlank())
                    .forEach(lines::sort);
        }
        String description = description(quotation, settings);
        for (String line : lines.kept) {
            if (!description.contains(line)) {
                description = description + "\n" + line;
            }
        }
        return new QuotationWorkOrder(
                cut(description, 4000),
                reference(quotation, settings.customerReferenceSource()),
                lines.matches,
                lines.unmatched,
                lines.billedOtherwise);
    }

    /**
     * The priced lines sorted: used items; lines of a product the draft bills by itself; lines that match
     * nothing. The last two stay in the work description ({@code kept}, in the quotation's order).
     */
    private static final class Lines {
        private final Set<String> billedCodes;
        private final Function<String, Optional<Item>> byCode;
        private final Function<String, Optional<Item>> byName;
        private final List<Match> matches = new ArrayList<>();
        private final List<String> unmatched = new ArrayList<>();
        private final List<String> billedOtherwise = new ArrayList<>();
        private final List<String> kept = new ArrayList<>();

        Lines(
                Set<String> billedCodes,
                Function<String, Optional<Item>> byCode,
                Function<String, Optional<Item>> byName) {
            this.billedCodes = billedCodes;
            this.byCode = byCode;
            this.byName = byName;
        }

        void sort(DraftLine line) {
            String text = line.description().strip();
            String code = firstWord(text);
            Optional<Item> item = billedCodes.contains(normal(code))
                    ? Optional.empty()
                    : byCode.apply(code).or(() -> byName.apply(text));
            if (billedCodes.contains(normal(code))
                    || item.filter(i -> billedCodes.contains(normal(i.code()))).isPresent()) {
                billedOtherwise.add(text);
                kept.add(text);
            } else if (item.isPresent()) {
                matches.add(new Match(item.get(), line.amount()));
            } else {
                unmatched.add(text);
                kept.add(text);
            }
        }
    }

    /** The codes the draft invoice bills by itself: work time, travel time, the standard product. */
    private static Set<String> billedOtherwise(IntegrationSettings settings) {
        Set<String> codes = new HashSet<>();
        for (String code : new String[] {
            settings.workTimeProductCode(), settings.travelTimeProductCode(), settings.standardProductCode()
        }) {
            if (code != null) {
                codes.add(normal(code));
            }
        }
        return codes;
    }

    private static String normal(String code) {
        return code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
    }

    private static String description(FsQuotationInfo q, IntegrationSettings settings) {
        String chosen = switch (settings.workDescriptionSource()) {
            case QUOTATION_NAME -> q.name();
            case QUOTATION_REFERENCE -> q.reference();
            case ALL_QUOTATION_LINES ->
                q.lines().stream()
                        .map(DraftLine::description)
                        .filter(d -> !d.isBlank())
                        .collect(Collectors.joining("\n"));
            case FIRST_LINE_DESCRIPTION ->
                q.lines().isEmpty() ? null : q.lines().get(0).description();
            case NOTES -> q.notes();
        };
        if (chosen != null && !chosen.isBlank()) {
            return chosen.strip();
        }
        return q.name() != null && !q.name().isBlank() ? q.name().strip() : "Offerte " + label(q);
    }

    private static String reference(FsQuotationInfo q, CustomerReferenceSource source) {
        String reference = switch (source) {
            case QUOTATION_NAME -> q.name();
            case QUOTATION_REFERENCE -> q.reference();
            case BOTH ->
                List.of(blankless(q.name()), blankless(q.reference())).stream()
                        .filter(s -> !s.isEmpty())
                        .collect(Collectors.joining(" / "));
            case NOTHING -> null;
        };
        return reference == null || reference.isBlank() ? null : cut(reference.strip(), 200);
    }

    static String label(FsQuotationInfo q) {
        return q.reference() != null && !q.reference().isBlank() ? q.reference() : q.id();
    }

    static boolean matches(FsQuotationInfo q, String filterWord) {
        if (filterWord == null) {
            return true;
        }
        String word = filterWord.toLowerCase(Locale.ROOT);
        return q.texts().stream().anyMatch(text -> text.toLowerCase(Locale.ROOT).contains(word));
    }

    private static String firstWord(String text) {
        String stripped = text.strip();
        int space = stripped.indexOf(' ');
        return space < 0 ? stripped : stripped.substring(0, space);
    }

    private static String blankless(String text) {
        return text == null ? "" : text.strip();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
