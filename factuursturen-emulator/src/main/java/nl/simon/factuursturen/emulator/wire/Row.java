package nl.simon.factuursturen.emulator.wire;

import java.util.Arrays;
import java.util.List;

/**
 * One stored record: immutable, its values in schema order. Scalars are the exact wire strings; the
 * keyed collections are {@link Reference}, lists of {@link Line}, {@link TaxSum} or {@link HistoryItem}.
 */
public final class Row {

    private final Schema schema;
    private final long id;
    private final Object[] values;

    private Row(Schema schema, long id, Object[] values) {
        this.schema = schema;
        this.id = id;
        this.values = values;
    }

    public long id() {
        return id;
    }

    public Schema schema() {
        return schema;
    }

    public Object value(int position) {
        return values[position];
    }

    public Object value(String name) {
        return values[schema.positionOf(name)];
    }

    public String text(String name) {
        return (String) value(name);
    }

    public Reference reference() {
        return (Reference) value("reference");
    }

    @SuppressWarnings("unchecked")
    public List<Line> lines() {
        return (List<Line>) value("lines");
    }

    /** A keyed collection: {@code lines}, {@code taxes} or {@code history}. */
    @SuppressWarnings("unchecked")
    public <T> List<T> list(String name) {
        return (List<T>) value(name);
    }

    public Builder toBuilder() {
        return new Builder(schema, Arrays.copyOf(values, values.length));
    }

    @Override
    public String toString() {
        return schema.singular() + "#" + id;
    }

    /** Collects values; {@link #build(long)} also writes the id into the identifier field. */
    public static final class Builder {
        private final Schema schema;
        private final Object[] values;

        Builder(Schema schema, Object[] values) {
            this.schema = schema;
            this.values = values;
        }

        public Schema schema() {
            return schema;
        }

        public Builder set(String name, Object value) {
            values[schema.positionOf(name)] = value;
            return this;
        }

        public Object get(String name) {
            return values[schema.positionOf(name)];
        }

        public String text(String name) {
            return (String) get(name);
        }

        @SuppressWarnings("unchecked")
        public List<Line> lines() {
            return (List<Line>) get("lines");
        }

        public Row build(long id) {
            Object[] copy = Arrays.copyOf(values, values.length);
            copy[0] = Long.toString(id);
            return new Row(schema, id, copy);
        }
    }
}
