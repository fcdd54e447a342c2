package nl.simon.factuursturen.emulator.wire;

import java.math.BigDecimal;
import java.util.List;
import tools.jackson.core.JsonGenerator;

/**
 * Writes stored rows in the wire shapes of docs/factuursturen-api.md §3: strings at top level, numbers inside
 * lines, keyed maps {@code line1…}/{@code tax1…}/{@code item1…}, and {@code []} for an empty keyed map.
 */
public final class RowWriter {

    private RowWriter() {}

    public static void writeList(JsonGenerator out, Iterable<Row> rows) {
        out.writeStartArray();
        for (Row row : rows) {
            writeRow(out, row);
        }
        out.writeEndArray();
    }

    /** {@code {"client":{…}}} */
    public static void writeWrapped(JsonGenerator out, Row row) {
        out.writeStartObject();
        out.writeName(row.schema().singular());
        writeRow(out, row);
        out.writeEndObject();
    }

    public static void writeRow(JsonGenerator out, Row row) {
        Schema schema = row.schema();
        out.writeStartObject();
        for (int i = 0; i < schema.size(); i++) {
            out.writeName(schema.encodedName(i));
            writeValue(out, schema.field(i).kind(), row.value(i));
        }
        out.writeEndObject();
    }

    @SuppressWarnings("unchecked")
    private static void writeValue(JsonGenerator out, Kind kind, Object value) {
        switch (kind) {
            case REFERENCE -> writeReference(out, (Reference) value);
            case LINES -> writeLines(out, (List<Line>) value);
            case TAXES -> writeTaxes(out, (List<TaxSum>) value);
            case HISTORY -> writeHistory(out, (List<HistoryItem>) value);
            default -> out.writeString((String) value);
        }
    }

    private static void writeReference(JsonGenerator out, Reference reference) {
        out.writeStartObject();
        out.writeStringProperty("line1", reference.line1());
        out.writeStringProperty("line2", reference.line2());
        out.writeStringProperty("line3", reference.line3());
        out.writeEndObject();
    }

    private static void writeLines(JsonGenerator out, List<Line> lines) {
        if (startKeyedMap(out, lines)) {
            for (int i = 0; i < lines.size(); i++) {
                Line line = lines.get(i);
                out.writeName("line" + (i + 1));
                out.writeStartObject();
                number(out, "amount", line.amount());
                out.writeStringProperty("amount_desc", line.amountDesc());
                out.writeStringProperty("description", line.description());
                number(out, "tax_rate", line.taxRate());
                number(out, "price", line.price());
                number(out, "discount_pct", line.discountPct());
                number(out, "linetotal", line.linetotal());
                if (!line.type().isEmpty()) {
                    out.writeStringProperty("type", line.type());
                }
                out.writeEndObject();
            }
            out.writeEndObject();
        }
    }

    private static void writeTaxes(JsonGenerator out, List<TaxSum> taxes) {
        if (startKeyedMap(out, taxes)) {
            for (int i = 0; i < taxes.size(); i++) {
                TaxSum tax = taxes.get(i);
                out.writeName("tax" + (i + 1));
                out.writeStartObject();
                number(out, "rate", tax.rate());
                out.writeStringProperty("sum", Decimals.amount(tax.sum()));
                out.writeStringProperty("sum_of", Decimals.amount(tax.sumOf()));
                out.writeEndObject();
            }
            out.writeEndObject();
        }
    }

    private static void writeHistory(JsonGenerator out, List<HistoryItem> history) {
        if (startKeyedMap(out, history)) {
            for (int i = 0; i < history.size(); i++) {
                HistoryItem item = history.get(i);
                out.writeName("item" + (i + 1));
                out.writeStartObject();
                out.writeStringProperty("date", item.date());
                out.writeStringProperty("time", item.time());
                out.writeStringProperty("description", item.description());
                out.writeEndObject();
            }
            out.writeEndObject();
        }
    }

    /** PHP's empty-array quirk: an empty keyed map is written as {@code []}. */
    private static boolean startKeyedMap(JsonGenerator out, List<?> entries) {
        if (entries.isEmpty()) {
            out.writeStartArray();
            out.writeEndArray();
            return false;
        }
        out.writeStartObject();
        return true;
    }

    private static void number(JsonGenerator out, String name, BigDecimal value) {
        out.writeName(name);
        out.writeNumber(Decimals.plain(value));
    }
}
