package nl.simon.shared;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** Simon's users work in the Netherlands: a date-time typed without a zone is Dutch time. */
public final class DutchTime {
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private DutchTime() {
    }

    /** Reads ISO-8601 with a zone ({@code 2026-12-01T08:00:00Z}) or without ({@code 2026-12-01T08:00}). */
    public static Instant parse(String field, String text) {
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
