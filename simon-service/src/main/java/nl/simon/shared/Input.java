package nl.simon.shared;

import java.math.BigDecimal;

/**
 * Checks on user input shared by the use cases; each failure names the field. Every text that passes
 * through here is refused when it holds a NUL character (PostgreSQL cannot store one), and every
 * amount must fit the database's {@code NUMERIC(14, 4)}: at most {@link #MAX_INTEGER_DIGITS} digits
 * before and {@link #MAX_DECIMALS} after the point (so {@code 1e10}, {@code 1e1000000} and
 * {@code 1e-1000000000} are each a 400 naming the field, never stored as something else).
 */
public final class Input {
    /** The limits every text of Simon has (README, "Limits"); the database's V8 checks hold the same. */
    public static final int MAX_NAME = 200;

    public static final int MAX_ADDRESS = 200;
    public static final int MAX_ZIPCODE = 20;
    public static final int MAX_CITY = 200;
    public static final int MAX_EMAIL = 254;
    public static final int MAX_PASSWORD = 200;
    public static final int MIN_PASSWORD = 10;
    public static final int MAX_DESCRIPTION = 4000;
    public static final int MAX_REFERENCE = 200;
    public static final int MAX_SEARCH = 200;
    public static final int MAX_URL = 2000;
    public static final int MAX_INTEGER_DIGITS = 10;
    public static final int MAX_DECIMALS = 4;

    private Input() {}

    public static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "error.required");
        }
        return text(field, value).strip();
    }

    public static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** An optional text of at most {@code max} characters: null when blank, stripped otherwise. */
    public static String optional(String field, String value, int max) {
        return maxLength(field, optional(text(field, value)), max);
    }

    /** A required text of at most {@code max} characters, stripped. */
    public static String required(String field, String value, int max) {
        return maxLength(field, required(field, value), max);
    }

    public static String maxLength(String field, String value, int max) {
        text(field, value);
        if (value != null && value.length() > max) {
            throw new InvalidInputException(field, "error.too-long", max);
        }
        return value;
    }

    /** Refuses a NUL character (or another C0 control character except tab, CR and LF). */
    public static String text(String field, String value) {
        if (value != null) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                    throw new InvalidInputException(field, "error.control-character");
                }
            }
        }
        return value;
    }

    /**
     * A text from elsewhere (FactuurSturen) made storable: without NUL characters and cut to {@code max}
     * characters. Not for what a user types: that is refused instead ({@link #maxLength}).
     */
    public static String cut(String value, int max) {
        if (value == null) {
            return null;
        }
        String storable = value.indexOf('\u0000') < 0 ? value : value.replace("\u0000", "");
        return storable.length() <= max ? storable : storable.substring(0, max);
    }

    /** A password as typed (not stripped): required, at least {@link #MIN_PASSWORD} characters. */
    public static String newPassword(String field, String value) {
        if (value == null || value.isEmpty()) {
            throw new InvalidInputException(field, "error.required");
        }
        if (value.length() < MIN_PASSWORD) {
            throw new InvalidInputException(field, "error.password-too-short", MIN_PASSWORD);
        }
        return maxLength(field, value, MAX_PASSWORD);
    }

    public static int notNegative(String field, Integer value) {
        if (value == null) {
            return 0;
        }
        if (value < 0) {
            throw new InvalidInputException(field, "error.negative");
        }
        return value;
    }

    public static BigDecimal positive(String field, BigDecimal value) {
        if (value == null) {
            throw new InvalidInputException(field, "error.required");
        }
        if (value.signum() <= 0) {
            throw new InvalidInputException(field, "error.not-positive");
        }
        return amount(field, value);
    }

    public static BigDecimal notNegative(String field, BigDecimal value) {
        if (value == null) {
            throw new InvalidInputException(field, "error.required");
        }
        if (value.signum() < 0) {
            throw new InvalidInputException(field, "error.negative");
        }
        return amount(field, value);
    }

    /**
     * An amount that fits {@code NUMERIC(14, 4)}: at most 10 digits before the point and 4 after it
     * (trailing zeros do not count). Checked on the unscaled digits, so a huge exponent costs nothing.
     */
    public static BigDecimal amount(String field, BigDecimal value) {
        if (value == null || value.signum() == 0) {
            return value == null ? null : BigDecimal.ZERO;
        }
        if ((long) value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            throw new InvalidInputException(field, "error.number-too-large", MAX_INTEGER_DIGITS);
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > MAX_DECIMALS) {
            throw new InvalidInputException(field, "error.too-many-decimals", MAX_DECIMALS);
        }
        return stripped.scale() < 0 ? stripped.setScale(0) : value;
    }

    public static <T> T present(String field, T value) {
        if (value == null) {
            throw new InvalidInputException(field, "error.required");
        }
        return value;
    }
}
