package nl.simon.factuursturen.emulator.request;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.stream.Collectors;
import nl.simon.factuursturen.emulator.wire.Decimals;

/**
 * The one way error texts write enum lists and numbers (issue 18 item 4), so the same wrong request always
 * gets the same text: choices sorted alphabetically (never a {@code Set}'s per-JVM order), {@code ""} left
 * out; numbers in plain notation without trailing zeros ({@code 19}, {@code 9.5}, never {@code 19.00} or
 * {@code 1.9E+1}).
 */
public final class Messages {

    private Messages() {}

    /** {@code "a, b, c"}, sorted. */
    public static String choices(Collection<String> values) {
        return values.stream().filter(value -> !value.isEmpty()).sorted().collect(Collectors.joining(", "));
    }

    /** {@code "<name> must be one of a, b, c, not '<value>'"}. */
    public static String notOneOf(String name, Collection<String> values, String value) {
        return name + " must be one of " + choices(values) + ", not '" + value + "'";
    }

    public static String number(BigDecimal value) {
        return Decimals.plain(value);
    }
}
