package nl.simon.factuursturen.emulator.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.simon.factuursturen.emulator.request.ApiFailure;
import nl.simon.factuursturen.emulator.request.Input;
import nl.simon.factuursturen.emulator.store.Account;
import nl.simon.factuursturen.emulator.store.Table;
import nl.simon.factuursturen.emulator.wire.Decimals;
import nl.simon.factuursturen.emulator.wire.HistoryItem;
import nl.simon.factuursturen.emulator.wire.Row;

/**
 * {@code POST invoices_payment/{id or invoicenr}} (docs/factuursturen-api.md §4.13): {@code date} (YYYY-MM-DD) and {@code amount}
 * (a number or {@code "full"} for what is open) are required, {@code method} is free text. Lowers
 * {@code open}, sets {@code paiddate}, adds a history item. Answers 201 without a body.
 */
final class Payments implements Resource {

    @Override
    public Answer handle(Call call) {
        if (call.segments().size() != 2) {
            throw ApiFailure.notFound("Not found: " + call.path());
        }
        if (!call.method().equals("POST")) {
            throw ApiFailure.methodNotAllowed(call.method(), call.path());
        }
        Input body = call.body();
        LocalDate date = body.date("date").orElseThrow(() -> ApiFailure.rejected("date is required (YYYY-MM-DD)"));
        String amountText = body.text("amount").map(String::trim).orElse("");
        if (amountText.isEmpty()) {
            throw ApiFailure.rejected("amount is required");
        }
        pay(call, date, amountText);
        return new Answer.Empty(201);
    }

    private static void pay(Call call, LocalDate date, String amountText) {
        Account account = call.account();
        Table invoices = account.invoices();
        String key = call.segments().get(1);
        Input body = call.body();
        account.write(() -> {
            Row invoice = invoices.get(Listing.idOf(key))
                    .or(() -> invoices.findUnique(key))
                    .orElseThrow(() -> ApiFailure.notFound("invoice " + key + " not found"));
            BigDecimal open = new BigDecimal(invoice.text("open"));
            BigDecimal amount = "full".equalsIgnoreCase(amountText)
                    ? open
                    : body.decimal("amount").orElseThrow();
            List<HistoryItem> history = new ArrayList<>(invoice.<HistoryItem>list("history"));
            history.add(historyItem(date, call.clockTime(), amount, body.text("method")));
            invoices.put(invoice.toBuilder()
                    .set("open", Decimals.amount(open.subtract(amount)))
                    .set("paiddate", date.toString())
                    .set("history", List.copyOf(history))
                    .build(invoice.id()));
            return null;
        });
    }

    static HistoryItem historyItem(LocalDate date, String time, BigDecimal amount, Optional<String> method) {
        String via = method.map(String::trim)
                .filter(text -> !text.isEmpty())
                .map(text -> " (" + text + ")")
                .orElse("");
        return new HistoryItem(date.toString(), time, "Betaling van " + Decimals.amount(amount) + " ontvangen" + via);
    }
}
