package nl.simon.app;

import java.time.Duration;

/** The checks the {@code *Properties} records share: a bad value stops the start and names its property. */
public final class SettingChecks {
    private SettingChecks() {}

    /** A duration that must be set and longer than zero. */
    public static void requirePositive(String property, Duration value) {
        if (value == null) {
            throw new IllegalArgumentException(property + " must be set (a duration such as 30s, 5m or 48h)");
        }
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(property + " must be longer than zero, not " + value);
        }
    }

    /** A whole number that must be at least {@code minimum}. */
    public static void requireAtLeast(String property, long value, long minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException(property + " must be at least " + minimum + ", not " + value);
        }
    }

    /** A TCP port, or 0 for "pick a free one". */
    public static void requirePort(String property, int value) {
        if (value < 0 || value > 65_535) {
            throw new IllegalArgumentException(
                    property + " must be a port (1-65535, or 0 for a free one), not " + value);
        }
    }
}
