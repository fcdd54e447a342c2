package nl.simon.factuursturen.emulator.request;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Lenient reading of one request value (docs/factuursturen-api.md §3, §7.1, §7.10): numbers may come as
 * strings, booleans as {@code true}, {@code "true"}, {@code "1"}; an empty string means "not given".
 */
public final class Scalars {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private Scalars() {}

    public static Optional<String> text(String name, JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return Optional.empty();
        }
        if (node.isContainer()) {
            throw ApiFailure.rejected(name + " must be a single value");
        }
        return Optional.of(node.isNumber() ? node.decimalValue().toPlainString() : node.asString());
    }

    public static Optional<BigDecimal> decimal(String name, JsonNode node) {
        if (node != null && node.isNumber()) {
            return Optional.of(node.decimalValue());
        }
        Optional<String> text = text(name, node).map(String::trim).filter(value -> !value.isEmpty());
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.get().contains(",")) {
            throw ApiFailure.rejected(name + ": use a dot, not a comma, as decimal separator");
        }
        try {
            return Optional.of(new BigDecimal(text.get()));
        } catch (NumberFormatException e) {
            throw ApiFailure.rejected(name + " must be a number, not '" + text.get() + "'");
        }
    }

    public static Optional<Long> integer(String name, JsonNode node) {
        return decimal(name, node).map(value -> {
            try {
                return value.stripTrailingZeros().longValueExact();
            } catch (ArithmeticException e) {
                throw ApiFailure.rejected(name + " must be a whole number, not '" + value.toPlainString() + "'");
            }
        });
    }

    public static Optional<Boolean> flag(String name, JsonNode node) {
        if (node != null && node.isBoolean()) {
            return Optional.of(node.booleanValue());
        }
        Optional<String> text = text(name, node).map(String::trim).filter(value -> !value.isEmpty());
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return switch (text.get().toLowerCase(Locale.ROOT)) {
            case "true", "1" -> Optional.of(true);
            case "false", "0" -> Optional.of(false);
            default -> throw ApiFailure.rejected(name + " must be true or false, not '" + text.get() + "'");
        };
    }

    public static Optional<LocalDate> date(String name, JsonNode node) {
        Optional<String> text = text(name, node).map(String::trim).filter(value -> !value.isEmpty());
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            if (!ISO_DATE.matcher(text.get()).matches()) {
                throw new DateTimeParseException("not YYYY-MM-DD", text.get(), 0);
            }
            return Optional.of(LocalDate.parse(text.get()));
        } catch (DateTimeParseException e) {
            throw ApiFailure.rejected(name + " must be a date as YYYY-MM-DD, not '" + text.get() + "'");
        }
    }
}
