package nl.simon.factuursturen.emulator.api;

import java.math.BigDecimal;
import java.util.Optional;
import nl.simon.factuursturen.emulator.request.ApiFailure;
import nl.simon.factuursturen.emulator.request.Input;
import nl.simon.factuursturen.emulator.store.Account;
import nl.simon.factuursturen.emulator.store.Table;
import nl.simon.factuursturen.emulator.wire.Decimals;
import nl.simon.factuursturen.emulator.wire.Row;
import nl.simon.factuursturen.emulator.wire.Schemas;

/**
 * {@code POST invoices} with {@code action=save} (docs/factuursturen-api.md §4.4 "How to create a draft", decisions): a unique
 * {@code savename} of at most 20 characters becomes the saved invoice's {@code name}; a name that exists
 * (compared case-insensitively) is a 400 "savename already exists" unless {@code overwrite_if_exist}, which
 * replaces that draft and keeps its id. Answers 201 with the saved invoice's id.
 */
final class SaveInvoice {

    static final int MAX_SAVENAME = 20;

    private SaveInvoice() {}

    static Answer save(Call call) {
        Input body = call.body();
        String savename = Documents.savename(body, MAX_SAVENAME);
        boolean overwrite = body.flag("overwrite_if_exist").orElse(false);
        Row client = Documents.client(call);
        Account account = call.account();
        Table saved = account.savedInvoices();
        long id = account.write(() -> {
            Optional<Row> existing = saved.findUnique(savename);
            if (existing.isPresent() && !overwrite) {
                throw ApiFailure.rejected("savename already exists");
            }
            Row.Builder draft = Documents.compose(Schemas.SAVED_INVOICE, body, client);
            draft.set("name", savename)
                    .set("datesaved", call.today().toString())
                    .set(
                            "alreadypaid",
                            Decimals.amount(SendInvoice.alreadyPaid(body, new BigDecimal(draft.text("totalintax")))));
            long newId = existing.map(Row::id).orElseGet(saved::nextId);
            saved.put(draft.build(newId));
            account.draftSaved(newId, System.currentTimeMillis());
            return newId;
        });
        return Answer.created(Long.toString(id));
    }
}
