package nl.simon.shared;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** Simon's users work in the Netherlands: a date-time typed without a zone is Dutch time. */
public final class DutchTime {
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private DutchTime() {}

    /** Reads ISO-8601 with a zone ({@code 2026-12-01T08:00:00Z}) or without ({@code 2026-12-01T08:00}). */
    public static Instant parse(String field, String text) {
        Instant parsed = parseAnyYear(field, text);
        if (parsed.isBefore(EARLIEST) || !parsed.isBefore(LATEST)) {
            // PostgreSQL stores years up to 294276; a work order is planned in the years around now.
            throw new InvalidInputException(field, "error.date-range");
        }
        return parsed;
    }

    /** The first and the last moment a date-time typed by a user may have (years 2000 up to 2099). */
    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

    static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");

    private static Instant parseAnyYear(String field, String text) {
        String value = Input.required(field, text);
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException withoutZone) {
            try {
                return LocalDateTime.parse(value).atZone(ZONE).toInstant();
            } catch (DateTimeParseException unreadable) {
                throw new InvalidInputException(field, "error.date-time");
            }
        }
    }
}
