package nl.simon.factuursturen.emulator.api;

import nl.simon.factuursturen.emulator.request.FieldDecoder;
import nl.simon.factuursturen.emulator.store.Account;
import nl.simon.factuursturen.emulator.store.Table;
import nl.simon.factuursturen.emulator.wire.Row;
import nl.simon.factuursturen.emulator.wire.Schemas;

/**
 * {@code clients} (docs/factuursturen-api.md §4.1): POST creates (no field is required, §4.1 minimal body) and answers the new
 * {@code clientnr}; PUT changes only the fields it sends (§2 "Update").
 */
final class ClientsResource extends RowResource {

    ClientsResource(Quirks quirks) {
        super("client", Account::clients, quirks);
    }

    @Override
    protected Answer create(Call call) {
        Table clients = table(call);
        Row created = call.account().write(() -> {
            Row row = FieldDecoder.apply(call.body(), Schemas.CLIENT.newRow()).build(clients.nextId());
            clients.put(row);
            return row;
        });
        return Answer.created(created.text("clientnr"));
    }

    /** {@code POST /clients/{anything}} creates like {@code POST /clients} (issue 18: the real API evidently does). */
    @Override
    protected Answer createUnder(Call call, String ignored) {
        return create(call);
    }

    @Override
    protected Answer update(Call call, String key) {
        Row row = existing(call, key);
        Table clients = table(call);
        call.account().write(() -> {
            Row current = clients.get(row.id()).orElse(row);
            clients.put(FieldDecoder.apply(call.body(), current.toBuilder()).build(row.id()));
            return null;
        });
        return Answer.done();
    }
}
