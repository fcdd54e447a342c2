package nl.simon.factuursturen.emulator.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import nl.simon.factuursturen.emulator.request.ApiFailure;
import nl.simon.factuursturen.emulator.request.Messages;
import nl.simon.factuursturen.emulator.wire.Row;

/**
 * The filters of {@code GET invoices} (docs/factuursturen-api.md §1.6): {@code filter} (open, overdue, sent, partly, toomuch, paid,
 * uncollectible), {@code since}/{@code until} (inclusive, on the sent date) and the client number
 * ({@code client} or {@code clientnr}). Uncollectible invoices match only {@code uncollectible}.
 */
record InvoiceFilter(String status, LocalDate since, LocalDate until, String clientnr) {

    private static final Set<String> STATUSES =
            Set.of("open", "overdue", "sent", "partly", "toomuch", "paid", "uncollectible");

    static InvoiceFilter from(Map<String, String> query) {
        String status = query.getOrDefault("filter", "").trim();
        if (!status.isEmpty() && !STATUSES.contains(status)) {
            throw ApiFailure.rejected(Messages.notOneOf("filter", STATUSES, status));
        }
        String clientnr =
                query.getOrDefault("clientnr", query.getOrDefault("client", "")).trim();
        return new InvoiceFilter(status, date(query, "since"), date(query, "until"), clientnr);
    }

    boolean isEmpty() {
        return status.isEmpty() && since == null && until == null && clientnr.isEmpty();
    }

    Predicate<Row> matching(LocalDate today) {
        return invoice -> matchesDates(invoice)
                && (clientnr.isEmpty() || clientnr.equals(invoice.text("clientnr")))
                && (status.isEmpty() || hasStatus(invoice, today));
    }

    private boolean matchesDates(Row invoice) {
        if (since == null && until == null) {
            return true;
        }
        String sent = invoice.text("sent");
        if (sent.isEmpty()) {
            return false;
        }
        LocalDate date = LocalDate.parse(sent);
        return (since == null || !date.isBefore(since)) && (until == null || !date.isAfter(until));
    }

    private boolean hasStatus(Row invoice, LocalDate today) {
        boolean uncollectible = !invoice.text("uncollectible").isEmpty();
        if (status.equals("uncollectible") || uncollectible) {
            return status.equals("uncollectible") && uncollectible;
        }
        BigDecimal open = new BigDecimal(invoice.text("open"));
        BigDecimal total = new BigDecimal(invoice.text("totalintax"));
        String due = invoice.text("duedate");
        boolean overdue =
                open.signum() > 0 && !due.isEmpty() && LocalDate.parse(due).isBefore(today);
        return switch (status) {
            case "open" -> open.signum() > 0;
            case "overdue" -> overdue;
            case "sent" -> open.signum() > 0 && open.compareTo(total) == 0 && !overdue;
            case "partly" -> open.signum() > 0 && open.compareTo(total) < 0;
            case "toomuch" -> open.signum() < 0;
            default -> open.signum() == 0;
        };
    }

    private static LocalDate date(Map<String, String> query, String name) {
        String value = query.getOrDefault(name, "").trim();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiFailure.rejected(name + " must be a date as YYYY-MM-DD, not '" + value + "'");
        }
    }
}
