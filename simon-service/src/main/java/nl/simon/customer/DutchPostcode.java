package nl.simon.customer;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.simon.shared.Input;
import nl.simon.shared.InvalidInputException;

/**
 * Issue 15 item 9: a postcode typed in Simon is a Dutch one (customers and work addresses made in Simon
 * are in the Netherlands; Simon has no country field, FactuurSturen's own customers are not checked here).
 * Four digits not starting with 0 and two letters, a space optional, any case: stored as {@code 1234 AB}.
 * Empty stays empty (the postcode is optional).
 */
public final class DutchPostcode {
    private static final Pattern POSTCODE = Pattern.compile("([1-9][0-9]{3})\\s?([A-Z]{2})");

    private DutchPostcode() {}

    public static String normalised(String field, String typed) {
        String value = Input.optional(field, typed, Input.MAX_ZIPCODE);
        if (value == null) {
            return null;
        }
        Matcher matcher = POSTCODE.matcher(value.strip().toUpperCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new InvalidInputException(field, "error.zipcode-format");
        }
        return matcher.group(1) + " " + matcher.group(2);
    }
}
