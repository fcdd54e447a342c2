package nl.simon.factuursturen.emulator.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.simon.factuursturen.emulator.request.ApiFailure;
import nl.simon.factuursturen.emulator.request.Input;
import nl.simon.factuursturen.emulator.request.Messages;
import nl.simon.factuursturen.emulator.store.Account;
import nl.simon.factuursturen.emulator.wire.Decimals;
import nl.simon.factuursturen.emulator.wire.HistoryItem;
import nl.simon.factuursturen.emulator.wire.Row;
import nl.simon.factuursturen.emulator.wire.Schemas;

/**
 * {@code POST invoices} with {@code action=send} (docs/factuursturen-api.md §4.4, §8): needs {@code sendmethod}; numbers the invoice
 * per year ({@code id} 20250001, {@code invoicenr} "F20250001"), computes totals, VAT breakdown, due date and
 * history, registers {@code alreadypaid}, sets the client's {@code lastinvoice}. Answers the invoice number.
 */
final class SendInvoice {

    static final String PAY_URL = "https://www.factuursturen.nl/pay?";
    private static final Set<String> SEND_METHODS = Set.of("mail", "email", "printcenter");

    private SendInvoice() {}

    static Answer send(Call call) {
        Input body = call.body();
        String sendmethod = body.text("sendmethod").map(String::trim).orElse("");
        if (!SEND_METHODS.contains(sendmethod)) {
            throw ApiFailure.rejected(
                    sendmethod.isEmpty()
                            ? "sendmethod is required when action is send"
                            : Messages.notOneOf("sendmethod", SEND_METHODS, sendmethod));
        }
        Row client = Documents.client(call);
        Optional<Long> explicitNumber = body.integer("invoicenr");
        Account account = call.account();
        String invoicenr = account.write(() -> {
            Row.Builder invoice = Documents.compose(Schemas.INVOICE, body, client);
            long id = invoiceId(account, call.today().getYear(), explicitNumber);
            String number = account.invoicePrefix() + id;
            fill(invoice, call, client, sendmethod, number);
            account.invoices().put(invoice.build(id));
            account.clients()
                    .get(client.id())
                    .ifPresent(current -> account.clients()
                            .put(current.toBuilder()
                                    .set("lastinvoice", call.today().toString())
                                    .build(current.id())));
            return number;
        });
        return Answer.created(invoicenr);
    }

    private static long invoiceId(Account account, int year, Optional<Long> explicitNumber) {
        if (explicitNumber.isEmpty()) {
            return year * 10_000L + account.nextInvoiceNumber(year);
        }
        long number = explicitNumber.get();
        long id = year * 10_000L + number;
        if (number <= 0 || account.invoices().get(id).isPresent()) {
            throw ApiFailure.rejected("invoicenr " + number + " is already in use");
        }
        account.reserveInvoiceNumber(year, number);
        return id;
    }

    private static void fill(Row.Builder invoice, Call call, Row client, String sendmethod, String invoicenr) {
        LocalDate today = call.today();
        BigDecimal total = new BigDecimal(invoice.text("totalintax"));
        BigDecimal paid = alreadyPaid(call.body(), total);
        List<HistoryItem> history = new ArrayList<>();
        history.add(new HistoryItem(today.toString(), call.clockTime(), sentMessage(sendmethod)));
        if (paid.signum() != 0) {
            history.add(Payments.historyItem(
                    today, call.clockTime(), paid, call.body().text("alreadypaidmethod")));
        }
        invoice.set("invoicenr_full", invoicenr)
                .set("invoicenr", invoicenr)
                .set("collection", "autocollect".equals(client.text("paymentmethod")) ? "1" : "0")
                .set("sent", today.toString())
                .set("open", Decimals.amount(total.subtract(paid)))
                .set("paiddate", paid.signum() != 0 ? today.toString() : "")
                .set("payment_url", PAY_URL + Long.toHexString(invoicenr.hashCode() * 2654435761L))
                .set(
                        "duedate",
                        today.plusDays(Long.parseLong(invoice.text("paymentperiod")))
                                .toString())
                .set("history", List.copyOf(history))
                .set("language", client.text("default_doclang").isEmpty() ? "nl" : client.text("default_doclang"));
    }

    /** {@code alreadypaid}: an amount or {@code "full"} (§4.4). */
    static BigDecimal alreadyPaid(Input body, BigDecimal total) {
        if ("full".equalsIgnoreCase(body.text("alreadypaid").orElse("").trim())) {
            return total;
        }
        return body.decimal("alreadypaid").orElse(BigDecimal.ZERO);
    }

    private static String sentMessage(String sendmethod) {
        return switch (sendmethod) {
            case "email" -> "Factuur verstuurd via e-mail";
            case "printcenter" -> "Factuur verstuurd via printcenter";
            default -> "Factuur verstuurd";
        };
    }
}
