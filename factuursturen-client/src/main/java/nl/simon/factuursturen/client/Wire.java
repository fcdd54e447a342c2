package nl.simon.factuursturen.client;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Reads FactuurSturen's loosely typed JSON: numbers, ids and booleans as strings or not,
 * {@code ""} for an empty date, {@code []} for an empty keyed map, collections keyed
 * {@code line1…lineN} on read. Every reader accepts every form seen in the wild.
 */
final class Wire {
    private Wire() {}

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isContainer()) {
            return null;
        }
        String text = value.asString();
        return text.isEmpty() ? null : text;
    }

    static BigDecimal decimal(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        String text = value.asString().strip();
        if (text.isEmpty() || "false".equals(text)) {
            return null;
        }
        try {
            return new BigDecimal(text.replace(',', '.'));
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** {@code true}, {@code "true"}, {@code "1"}, {@code 1} are true; absent gives {@code absent}. */
    static boolean bool(JsonNode node, String field, boolean absent) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return absent;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isNumber()) {
            return value.intValue() != 0;
        }
        String text = value.asString().strip().toLowerCase(java.util.Locale.ROOT);
        if (text.isEmpty()) {
            return absent;
        }
        return "true".equals(text) || "1".equals(text) || "yes".equals(text);
    }

    static LocalDate date(JsonNode node, String field) {
        String text = text(node, field);
        if (text == null || text.startsWith("0000")) {
            return null;
        }
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    /** A keyed collection ({@code {"line1": …, "line2": …}}), an array, or {@code []}: the elements in order. */
    static <T> List<T> keyed(JsonNode node, String field, Function<JsonNode, T> reader) {
        JsonNode value = node.get(field);
        List<T> result = new ArrayList<>();
        if (value == null || value.isNull()) {
            return result;
        }
        if (value.isArray()) {
            value.forEach(element -> result.add(reader.apply(element)));
            return result;
        }
        if (value.isObject()) {
            Map<Integer, JsonNode> ordered = new TreeMap<>();
            int fallback = 1_000_000;
            for (Map.Entry<String, JsonNode> entry : value.properties()) {
                ordered.put(numberIn(entry.getKey(), fallback++), entry.getValue());
            }
            ordered.values().forEach(element -> result.add(reader.apply(element)));
        }
        return result;
    }

    /** The reference lines {@code {line1, line2, line3}} (or an array) without the empty ones. */
    static List<String> referenceLines(JsonNode node) {
        List<String> lines = new ArrayList<>();
        for (JsonNode line : keyed(node, "reference", n -> n)) {
            if (!line.isContainer() && !line.isNull() && !line.asString().isBlank()) {
                lines.add(line.asString());
            }
        }
        return lines;
    }

    private static int numberIn(String key, int fallback) {
        String digits = key.replaceAll("\\D", "");
        if (digits.isEmpty() || digits.length() > 9) {
            return fallback;
        }
        return Integer.parseInt(digits);
    }
}
