package nl.simon.factuursturen.emulator.request;

import nl.simon.factuursturen.emulator.reference.Countries;
import nl.simon.factuursturen.emulator.wire.Decimals;
import nl.simon.factuursturen.emulator.wire.Field;
import nl.simon.factuursturen.emulator.wire.Row;
import tools.jackson.databind.JsonNode;

/**
 * Copies every writable field present in a request into a row, in its wire form. Unknown keys are
 * ignored, as the real API does (docs/factuursturen-api.md §9: a misspelt {@code dicount_pct} was silently dropped). JSON null and
 * an empty string for a number, date-less choice or flag mean "not given".
 */
public final class FieldDecoder {

    private FieldDecoder() {}

    public static Row.Builder apply(Input input, Row.Builder row) {
        for (Field field : row.schema().fields()) {
            if (field.writable() && input.has(field.name())) {
                Object value = decode(field, input.node(field.name()));
                if (value != null) {
                    row.set(field.name(), value);
                }
            }
        }
        return row;
    }

    /** The stored form of one value, or null to keep what the row has. */
    static Object decode(Field field, JsonNode node) {
        String name = field.name();
        return switch (field.kind()) {
            case TEXT -> text(field, node);
            case INTEGER -> Scalars.integer(name, node).map(String::valueOf).orElse(null);
            case AMOUNT -> Scalars.decimal(name, node).map(Decimals::amount).orElse(null);
            case DECIMAL -> Scalars.decimal(name, node).map(Decimals::plain).orElse(null);
            case FLAG_WORD -> Scalars.flag(name, node).map(String::valueOf).orElse(null);
            case FLAG_DIGIT ->
                Scalars.flag(name, node).map(flag -> flag ? "1" : "0").orElse(null);
            case DATE ->
                Scalars.text(name, node).isPresent()
                        ? Scalars.date(name, node).map(Object::toString).orElse("")
                        : null;
            case COUNTRY -> country(node);
            case REFERENCE -> ReferenceDecoder.decode(node);
            case LINES -> LineDecoder.decode(node);
            case TAXES, HISTORY -> null;
        };
    }

    private static String text(Field field, JsonNode node) {
        String value = Scalars.text(field.name(), node).orElse("");
        if (!field.allowed().isEmpty()) {
            if (value.isEmpty()) {
                return field.allowed().contains("") ? "" : null;
            }
            if (!field.allowed().contains(value)) {
                throw ApiFailure.rejected(Messages.notOneOf(field.name(), field.allowed(), value));
            }
        }
        if (field.maxLength() > 0 && value.length() > field.maxLength()) {
            throw ApiFailure.rejected(field.name() + " is longer than " + field.maxLength() + " characters");
        }
        return value;
    }

    private static String country(JsonNode node) {
        String value = Scalars.text("country", node).map(String::trim).orElse("");
        if (value.isEmpty()) {
            return null;
        }
        return Countries.idFor(value).orElseThrow(() -> ApiFailure.rejected("Unknown country '" + value + "'"));
    }
}
