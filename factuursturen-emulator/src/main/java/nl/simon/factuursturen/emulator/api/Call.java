package nl.simon.factuursturen.emulator.api;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import nl.simon.factuursturen.emulator.request.Input;
import nl.simon.factuursturen.emulator.store.Account;

/**
 * One authenticated API request: method, the decoded path segments under {@code /api/v1/}, the query,
 * the body, the account, and the emulator's "now" in FactuurSturen's time zone.
 */
public record Call(
        String method,
        List<String> segments,
        Map<String, String> query,
        Input body,
        Account account,
        ZonedDateTime now) {

    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    public String resource() {
        return segments.get(0);
    }

    public String path() {
        return String.join("/", segments);
    }

    public LocalDate today() {
        return now.toLocalDate();
    }

    /** The time as the invoice history writes it: {@code HH:MM}. */
    public String clockTime() {
        return now.format(HOURS_MINUTES);
    }
}
