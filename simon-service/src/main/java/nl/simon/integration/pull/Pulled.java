package nl.simon.integration.pull;

import java.time.Instant;
import java.util.List;
import nl.simon.integration.log.LogEntry;

/** A record pulled from FactuurSturen, as {@link Reconciliation} compares and logs it. */
public interface Pulled {
    /** FS's key of the record (client number, product id). */
    String key();

    /** The fingerprint of what Simon keeps of it: a changed fingerprint is an update. */
    String hash();

    /** The log rows of the record added to Simon. */
    List<LogEntry> addedRows(Instant at);

    /** The log row of the record changed in Simon. */
    LogEntry updatedRow(Instant at);
}
