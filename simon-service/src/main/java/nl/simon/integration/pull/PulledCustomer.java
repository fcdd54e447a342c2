package nl.simon.integration.pull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.simon.integration.fs.FactuurSturen;
import nl.simon.integration.fs.FsClientInfo;
import nl.simon.integration.lifecycle.SimonTable;
import nl.simon.integration.log.LogEntry;
import nl.simon.integration.log.LogMessage;

/**
 * FactuurSturen clients become Simon customers (docs/product.md §2.1, §3.2, §3.3): the FS default address is the
 * customer's address and its first work address; work addresses added in Simon stay.
 */
public record PulledCustomer(FsClientInfo client, String hash) implements Reconciliation.Pulled {
    /** The clients as one {@link Reconciliation} pulls them: fingerprinted as this record. */
    public static Reconciliation.Kind<PulledCustomer> kind(
            FactuurSturen factuurSturen, Reconciliation.Table<PulledCustomer> table) {
        return new Reconciliation.Kind<>(
                "clients",
                credentials -> factuurSturen.clients(credentials).map(PulledCustomer::of),
                factuurSturen::countClients,
                table,
                LogMessage.CUSTOMER_GONE,
                List.of(SimonTable.Customer, SimonTable.Location));
    }

    static PulledCustomer of(FsClientInfo c) {
        return new PulledCustomer(
                c,
                Reconciliation.Pulled.fingerprint(
                        c.name(), c.address(), c.zipcode(), c.city(), c.country(), c.email(), c.phone(), c.active()));
    }

    public boolean hasAddress() {
        return client.address() != null && !client.address().isBlank();
    }

    @Override
    public String key() {
        return client.clientnr();
    }

    /** The customer and, when FS has an address, its first work address. */
    @Override
    public List<LogEntry> addedRows(Instant at) {
        List<LogEntry> rows = new ArrayList<>(2);
        rows.add(LogEntry.of(at, LogMessage.CUSTOMER_ADDED, key(), client.name()));
        if (hasAddress()) {
            rows.add(LogEntry.of(at, LogMessage.LOCATION_ADDED, key(), client.address()));
        }
        return rows;
    }

    @Override
    public LogEntry updatedRow(Instant at) {
        return LogEntry.of(at, LogMessage.CUSTOMER_UPDATED, key(), client.name());
    }
}
