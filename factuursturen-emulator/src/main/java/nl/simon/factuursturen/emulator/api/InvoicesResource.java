package nl.simon.factuursturen.emulator.api;

import java.util.Optional;
import nl.simon.factuursturen.emulator.request.ApiFailure;
import nl.simon.factuursturen.emulator.request.Messages;
import nl.simon.factuursturen.emulator.store.Account;
import nl.simon.factuursturen.emulator.wire.Row;

/**
 * {@code invoices} (docs/factuursturen-api.md §4.3, §4.4): list with filters and paging, get and delete by id or invoice number
 * (§7.9), create with {@code action} send, save or repeat. Invoices cannot be updated (405).
 */
final class InvoicesResource extends RowResource {

    InvoicesResource(Quirks quirks) {
        super("invoice", Account::invoices, quirks);
    }

    @Override
    protected Answer list(Call call) {
        InvoiceFilter filter = InvoiceFilter.from(call.query());
        if (filter.isEmpty()) {
            return super.list(call);
        }
        Paging paging = Paging.from(call.query());
        return Listing.rows(paging.apply(table(call).stream().filter(filter.matching(call.today()))));
    }

    @Override
    protected Optional<Row> find(Call call, String key) {
        return super.find(call, key).or(() -> table(call).findUnique(key));
    }

    private static final java.util.List<String> ACTIONS = java.util.List.of("send", "save", "repeat");

    @Override
    protected Answer create(Call call) {
        String action = call.body().text("action").map(String::trim).orElse("");
        return switch (action) {
            case "send" -> SendInvoice.send(call);
            case "save" -> SaveInvoice.save(call);
            case "repeat" -> RepeatInvoice.repeat(call);
            case "" -> throw ApiFailure.rejected("action is required: one of " + Messages.choices(ACTIONS));
            default -> throw ApiFailure.rejected(Messages.notOneOf("action", ACTIONS, action));
        };
    }
}
