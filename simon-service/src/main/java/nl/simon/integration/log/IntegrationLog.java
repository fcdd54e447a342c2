package nl.simon.integration.log;

import java.time.Instant;
import java.util.List;
import nl.simon.shared.TenantId;

public interface IntegrationLog {
    void append(TenantId tenant, LogEntry entry);

    /** Many rows in one go (a page of pulled records). */
    void appendAll(TenantId tenant, List<LogEntry> entries);

    /** Newest first, {@link LogPage#SIZE} rows a page; {@code severity} null means all. Details of runs are left out. */
    LogPage page(TenantId tenant, Severity severity, int page);

    /** The details of one run (the rows with that {@code run}), oldest first, {@link LogPage#SIZE} a page. */
    default LogPage run(TenantId tenant, String run, int page) {
        return new LogPage(List.of(), 1, 1);
    }

    /** Marks the open error rows about one record resolved at {@code at} (a FAILED push later SENT). */
    default void resolve(TenantId tenant, String table, String recordId, Instant at) {}
}
