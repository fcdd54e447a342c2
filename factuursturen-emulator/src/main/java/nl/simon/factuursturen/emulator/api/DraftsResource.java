package nl.simon.factuursturen.emulator.api;

import java.util.function.Function;
import nl.simon.factuursturen.emulator.store.Account;
import nl.simon.factuursturen.emulator.store.Table;

/**
 * {@code invoices_saved} (docs/factuursturen-api.md §4.6) and {@code invoices_repeated} (§4.7): list, get and delete by id. They are
 * created through {@code POST invoices}; sending a saved invoice ({@code POST invoices_saved}) is not
 * emulated (its body is unknown) and answers 405.
 */
final class DraftsResource extends RowResource {

    private DraftsResource(String name, Function<Account, Table> table, Quirks quirks) {
        super(name, table, quirks);
    }

    static DraftsResource saved(Quirks quirks) {
        return new DraftsResource("saved invoice", Account::savedInvoices, quirks);
    }

    static DraftsResource repeated(Quirks quirks) {
        return new DraftsResource("repeating invoice", Account::repeatedInvoices, quirks);
    }
}
