package nl.simon.integration.pull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.simon.integration.fs.FsClientInfo;
import nl.simon.integration.log.LogEntry;
import nl.simon.integration.log.LogMessage;

/** A FactuurSturen client with the fingerprint of what Simon keeps of it. */
public record PulledCustomer(FsClientInfo client, String hash) implements Pulled {
    static PulledCustomer of(FsClientInfo c) {
        return new PulledCustomer(
                c,
                ContentHash.of(
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
