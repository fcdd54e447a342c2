package nl.simon.adapter.persistence;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A column a pull writes: its name, its SQL type and how its value is read from the pulled record. A page
 * of new records travels as one array per column ({@code unnest}); a changed record as one parameter per
 * column. Numbers travel in arrays as text, cast in the statement.
 */
record PulledColumn<P>(String name, String type, Function<P, Object> value) {
    static <P> PulledColumn<P> text(String name, Function<P, String> value) {
        return new PulledColumn<>(name, "text", value::apply);
    }

    static <P> PulledColumn<P> bool(String name, Function<P, Boolean> value) {
        return new PulledColumn<>(name, "boolean", value::apply);
    }

    static <P> PulledColumn<P> numeric(String name, Function<P, BigDecimal> value) {
        return new PulledColumn<>(name, "numeric", value::apply);
    }

    /** {@code unnest(?::text[], ...) WITH ORDINALITY AS p (name, ..., ord)}: a page of records as rows. */
    static String unnest(List<? extends PulledColumn<?>> columns) {
        return "unnest("
                + columns.stream().map(c -> "?::" + c.arrayType() + "[]").collect(Collectors.joining(", "))
                + ") WITH ORDINALITY AS p (" + names(columns) + ", ord)";
    }

    static String names(List<? extends PulledColumn<?>> columns) {
        return columns.stream().map(PulledColumn::name).collect(Collectors.joining(", "));
    }

    /** The unnested columns as their own type. */
    static String values(List<? extends PulledColumn<?>> columns) {
        return columns.stream()
                .map(c -> c.arrayType().equals(c.type()) ? c.name() : c.name() + "::" + c.type())
                .collect(Collectors.joining(", "));
    }

    static String assignments(List<? extends PulledColumn<?>> columns) {
        return columns.stream().map(c -> c.name() + " = ?").collect(Collectors.joining(", "));
    }

    /** Binds one array per column from parameter {@code first} on; answers the next parameter's number. */
    static <P> int bindArrays(PreparedStatement ps, int first, List<PulledColumn<P>> columns, List<P> records)
            throws SQLException {
        Connection connection = ps.getConnection();
        int parameter = first;
        for (PulledColumn<P> column : columns) {
            Object[] values =
                    column.type().equals("boolean") ? new Boolean[records.size()] : new String[records.size()];
            for (int i = 0; i < values.length; i++) {
                Object value = column.value().apply(records.get(i));
                values[i] = value instanceof BigDecimal number ? number.toString() : value;
            }
            ps.setArray(
                    parameter++,
                    connection.createArrayOf(column.arrayType().equals("boolean") ? "bool" : "text", values));
        }
        return parameter;
    }

    /** Binds one parameter per column from parameter {@code first} on; answers the next parameter's number. */
    static <P> int bindValues(PreparedStatement ps, int first, List<PulledColumn<P>> columns, P record)
            throws SQLException {
        int parameter = first;
        for (PulledColumn<P> column : columns) {
            Object value = column.value().apply(record);
            switch (column.type()) {
                case "boolean" -> ps.setBoolean(parameter++, (Boolean) value);
                case "numeric" -> ps.setBigDecimal(parameter++, (BigDecimal) value);
                default -> ps.setString(parameter++, (String) value);
            }
        }
        return parameter;
    }

    /** How the column travels in an array: booleans as {@code boolean[]}, the rest as {@code text[]}. */
    String arrayType() {
        return type.equals("boolean") ? "boolean" : "text";
    }
}
