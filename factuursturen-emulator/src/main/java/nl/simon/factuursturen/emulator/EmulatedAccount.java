package nl.simon.factuursturen.emulator;

import java.util.Map;
import nl.simon.factuursturen.emulator.demo.SyntheticDataSet;
import nl.simon.factuursturen.emulator.http.EmulatorState;
import nl.simon.factuursturen.emulator.store.Account;
import nl.simon.factuursturen.emulator.store.Table;

/**
 * A handle on one emulated FS account for tests: fill it without HTTP (same validation, no quota) and
 * look at its quota and sizes.
 */
public final class EmulatedAccount {

    private final EmulatorState state;
    private final Account account;

    EmulatedAccount(EmulatorState state, Account account) {
        this.state = state;
        this.account = account;
    }

    public String username() {
        return account.username();
    }

    /**
     * Does what {@code POST /api/v1/{resource}} does with {@code fields} (e.g. {@code "clients"},
     * {@code "products"}, {@code "quotations"}, {@code "invoices"}) and answers the new id as the API would;
     * {@link IllegalArgumentException} with the API's message when it would answer 400.
     */
    public String create(String resource, Map<String, ?> fields) {
        return state.create(account, resource, fields);
    }

    /** Adds {@code clients} synthetic clients and {@code products} synthetic products (as {@code POST /_emulator/seed}). */
    public void seed(int clients, int products) {
        SyntheticDataSet.clients((resource, fields) -> create(resource, fields), clients);
        SyntheticDataSet.products((resource, fields) -> create(resource, fields), products);
    }

    /** Rows in {@code clients}, {@code products}, {@code invoices}, {@code invoices_saved}, {@code invoices_repeated} or {@code quotations}. */
    public int count(String resource) {
        return table(resource).size();
    }

    public int remainingCalls() {
        return account.quota().remaining(state.clock().instant());
    }

    public int hourlyLimit() {
        return account.quota().hourlyLimit();
    }

    public void changeHourlyLimit(int limit) {
        account.quota().changeLimit(limit);
    }

    /** The invoice number prefix of this account (default "F"; "" = none), as {@code POST /_emulator/settings}. */
    public String invoicePrefix() {
        return account.invoicePrefix();
    }

    public void changeInvoicePrefix(String prefix) {
        account.write(() -> {
            account.changeInvoicePrefix(prefix);
            return null;
        });
    }

    /** What {@code GET balance} answers (default 0.00). */
    public java.math.BigDecimal balance() {
        return account.balance();
    }

    public void changeBalance(java.math.BigDecimal balance) {
        account.write(() -> {
            account.changeBalance(balance);
            return null;
        });
    }

    private Table table(String resource) {
        return switch (resource) {
            case "clients" -> account.clients();
            case "products" -> account.products();
            case "invoices" -> account.invoices();
            case "invoices_saved" -> account.savedInvoices();
            case "invoices_repeated" -> account.repeatedInvoices();
            case "quotations" -> account.quotations();
            default -> throw new IllegalArgumentException("no table " + resource);
        };
    }
}
