package nl.simon.factuursturen.emulator.api;

import java.util.Optional;
import nl.simon.factuursturen.emulator.request.ApiFailure;
import nl.simon.factuursturen.emulator.request.FieldDecoder;
import nl.simon.factuursturen.emulator.request.Input;
import nl.simon.factuursturen.emulator.request.Messages;
import nl.simon.factuursturen.emulator.store.Account;
import nl.simon.factuursturen.emulator.store.Table;
import nl.simon.factuursturen.emulator.wire.Row;
import nl.simon.factuursturen.emulator.wire.Schemas;

/**
 * {@code quotations} (docs/factuursturen-api.md §4.8, decision "quotation create"): POST with {@code action} send (needs
 * {@code sendmethod}) or save (needs {@code savename}); {@code savename} (max 40) is unique unless
 * {@code overwrite_if_exist}; {@code date} defaults to today. PUT changes the fields it sends.
 */
final class QuotationsResource extends RowResource {

    private static final int MAX_SAVENAME = 40;

    QuotationsResource(Quirks quirks) {
        super("quotation", Account::quotations, quirks);
    }

    @Override
    protected Answer create(Call call) {
        Input body = call.body();
        String savename = savenameForAction(body);
        boolean overwrite = body.flag("overwrite_if_exist").orElse(false);
        Row client = Documents.client(call);
        Table quotations = table(call);
        long id = call.account().write(() -> {
            Optional<Row> existing = savename.isEmpty() ? Optional.empty() : quotations.findUnique(savename);
            if (existing.isPresent() && !overwrite) {
                throw ApiFailure.rejected("savename already exists");
            }
            Row.Builder row = Documents.compose(Schemas.QUOTATION, body, client);
            if (row.text("date").isEmpty()) {
                row.set("date", call.today().toString());
            }
            long newId = existing.map(Row::id).orElseGet(quotations::nextId);
            quotations.put(row.build(newId));
            return newId;
        });
        return Answer.created(Long.toString(id));
    }

    private static final java.util.List<String> ACTIONS = java.util.List.of("send", "save");

    /** send needs a sendmethod, save a savename; answers the savename ("" when not given for send). */
    private static String savenameForAction(Input body) {
        String action = body.text("action").map(String::trim).orElse("");
        if (!action.equals("send") && !action.equals("save")) {
            throw ApiFailure.rejected(
                    action.isEmpty()
                            ? "action is required: one of " + Messages.choices(ACTIONS)
                            : Messages.notOneOf("action", ACTIONS, action));
        }
        if (action.equals("send") && body.text("sendmethod").orElse("").isBlank()) {
            throw ApiFailure.rejected("sendmethod is required when action is send");
        }
        return action.equals("save") ? Documents.savename(body, MAX_SAVENAME) : "";
    }

    @Override
    protected Answer update(Call call, String key) {
        Row row = existing(call, key);
        Input body = call.body();
        Table quotations = table(call);
        Optional<Row> newClient = body.has("clientnr") ? Optional.of(Documents.client(call)) : Optional.empty();
        call.account().write(() -> {
            Row current = quotations.get(row.id()).orElse(row);
            Row.Builder changed = FieldDecoder.apply(body, current.toBuilder());
            newClient.ifPresent(client -> changed.set("clientnr", client.text("clientnr")));
            String savename = changed.text("savename");
            if (savename.length() > MAX_SAVENAME) {
                throw ApiFailure.rejected("savename is longer than " + MAX_SAVENAME + " characters");
            }
            quotations
                    .findUnique(savename)
                    .filter(other -> other.id() != row.id())
                    .ifPresent(other -> {
                        throw ApiFailure.rejected("savename already exists");
                    });
            quotations.put(Documents.checked(changed).build(row.id()));
            return null;
        });
        return Answer.done();
    }
}
