package nl.simon.factuursturen.emulator.wire;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.io.SerializedString;

/**
 * The ordered attributes of one resource, in the order the real API writes them. The first field is the
 * identifier ({@code clientnr}, {@code id}). {@code singular} is the key a single GET is wrapped in.
 */
public final class Schema {

    private final String singular;
    private final List<Field> fields;
    private final Map<String, Integer> positions = new HashMap<>();
    private final SerializedString[] encodedNames;

    public Schema(String singular, List<Field> fields) {
        this.singular = singular;
        this.fields = List.copyOf(fields);
        this.encodedNames = new SerializedString[this.fields.size()];
        for (int i = 0; i < this.fields.size(); i++) {
            positions.put(this.fields.get(i).name(), i);
            encodedNames[i] = new SerializedString(this.fields.get(i).name());
        }
    }

    public String singular() {
        return singular;
    }

    public List<Field> fields() {
        return fields;
    }

    public int size() {
        return fields.size();
    }

    public Field field(int position) {
        return fields.get(position);
    }

    /** The field name with its JSON encoding computed once, for fast writing. */
    SerializedString encodedName(int position) {
        return encodedNames[position];
    }

    public Optional<Field> find(String name) {
        Integer position = positions.get(name);
        return position == null ? Optional.empty() : Optional.of(fields.get(position));
    }

    public boolean has(String name) {
        return positions.containsKey(name);
    }

    public int positionOf(String name) {
        Integer position = positions.get(name);
        if (position == null) {
            throw new IllegalArgumentException("no field " + name + " in " + singular);
        }
        return position;
    }

    /** A builder with every field at its initial value. */
    public Row.Builder newRow() {
        Object[] values = new Object[fields.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = fields.get(i).initial();
        }
        return new Row.Builder(this, values);
    }
}
