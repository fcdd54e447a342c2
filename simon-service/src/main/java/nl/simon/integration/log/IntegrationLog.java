package nl.simon.integration.log;

import nl.simon.shared.TenantId;

public interface IntegrationLog {
    void append(TenantId tenant, LogEntry entry);

    /** Many rows in one go (a page of pulled records). */
    void appendAll(TenantId tenant, java.util.List<LogEntry> entries);

    /** Newest first, {@link LogPage#SIZE} rows a page; {@code severity} null means all. */
    LogPage page(TenantId tenant, Severity severity, int page);
}
