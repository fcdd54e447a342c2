package nl.simon.factuursturen.emulator.request;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.simon.factuursturen.emulator.reference.TaxRates;
import nl.simon.factuursturen.emulator.wire.Decimals;
import nl.simon.factuursturen.emulator.wire.Line;
import tools.jackson.databind.JsonNode;

/**
 * Invoice and quotation lines on write (docs/factuursturen-api.md §4.5, §7.4): a JSON array, or an object with any keys
 * ({@code line1}, {@code line01}, form indexes {@code 0}, {@code 1}) taken in the order given. A line with
 * only a description is a text line. {@code linetotal} is computed, never read.
 */
final class LineDecoder {

    private static final Set<String> TYPES = Set.of("", "subtotal", "page_separator", "bundle_start", "bundle_end");

    private LineDecoder() {}

    static List<Line> decode(JsonNode node) {
        if (!node.isContainer()) {
            if (Scalars.text("lines", node).orElse("").isEmpty()) {
                return List.of();
            }
            throw ApiFailure.rejected("lines must be a list of lines");
        }
        List<Line> lines = new ArrayList<>();
        int number = 1;
        for (JsonNode line : node) {
            if (!line.isObject()) {
                throw ApiFailure.rejected("line " + number + " must be an object");
            }
            lines.add(line(line, "line" + number++ + "."));
        }
        return List.copyOf(lines);
    }

    private static Line line(JsonNode line, String prefix) {
        boolean textOnly = absent(line, "amount") && absent(line, "price");
        BigDecimal amount = number(line, prefix, "amount");
        BigDecimal price = number(line, prefix, "price");
        BigDecimal discount = number(line, prefix, "discount_pct");
        BigDecimal taxRate = Scalars.decimal(prefix + "tax_rate", line.get("tax_rate"))
                .orElse(textOnly ? BigDecimal.ZERO : TaxRates.DEFAULT);
        if (!textOnly && !TaxRates.isConfigured(taxRate)) {
            throw ApiFailure.rejected(
                    prefix + "tax_rate " + Messages.number(taxRate) + " is not a VAT rate of this account");
        }
        String type = Scalars.text(prefix + "type", line.get("type")).orElse("");
        if (!TYPES.contains(type)) {
            throw ApiFailure.rejected(Messages.notOneOf(prefix + "type", TYPES, type));
        }
        BigDecimal gross = amount.multiply(price);
        BigDecimal total = Decimals.cents(gross.subtract(Decimals.percentOf(gross, discount)));
        return new Line(
                amount,
                text(line, prefix, "amount_desc"),
                text(line, prefix, "description"),
                taxRate,
                price,
                discount,
                total,
                type,
                textOnly);
    }

    private static boolean absent(JsonNode line, String name) {
        return Scalars.text(name, line.get(name)).map(String::trim).orElse("").isEmpty();
    }

    private static BigDecimal number(JsonNode line, String prefix, String name) {
        return Scalars.decimal(prefix + name, line.get(name)).orElse(BigDecimal.ZERO);
    }

    private static String text(JsonNode line, String prefix, String name) {
        return Scalars.text(prefix + name, line.get(name)).orElse("");
    }
}
