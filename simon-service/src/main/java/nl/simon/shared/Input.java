package nl.simon.shared;

import java.math.BigDecimal;

/** Checks on user input shared by the use cases; each failure names the field. */
public final class Input {
    private Input() {
    }

    public static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "error.required");
        }
        return value.strip();
    }

    public static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static String maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new InvalidInputException(field, "error.too-long", max);
        }
        return value;
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
        return value;
    }

    public static BigDecimal notNegative(String field, BigDecimal value) {
        if (value == null) {
            throw new InvalidInputException(field, "error.required");
        }
        if (value.signum() < 0) {
            throw new InvalidInputException(field, "error.negative");
        }
        return value;
    }

    public static <T> T present(String field, T value) {
        if (value == null) {
            throw new InvalidInputException(field, "error.required");
        }
        return value;
    }
}
