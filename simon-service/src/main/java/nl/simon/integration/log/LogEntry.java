package nl.simon.integration.log;

import java.time.Instant;
import java.util.List;

/**
 * One row of the integration log as stored: codes and parameters, rendered in the reader's language. {@code run}:
 * set on the per-record rows of a summarised run (the summary row's record id; they show on its details page
 * only); {@code resolvedAt}: when an error row's record later succeeded (null while open, and for other rows).
 */
public record LogEntry(
        Instant time,
        String table,
        String recordId,
        String messageCode,
        List<String> parameters,
        String actionCode,
        Severity severity,
        String run,
        Instant resolvedAt) {

    public LogEntry(
            Instant time,
            String table,
            String recordId,
            String messageCode,
            List<String> parameters,
            String actionCode,
            Severity severity) {
        this(time, table, recordId, messageCode, parameters, actionCode, severity, null, null);
    }

    public static LogEntry of(Instant time, LogMessage message, String recordId, Object... parameters) {
        return new LogEntry(
                time,
                message.table(),
                recordId,
                message.code(),
                java.util.Arrays.stream(parameters).map(String::valueOf).toList(),
                message.action().code(),
                message.severity());
    }

    /** This row as a detail of the run {@code run}. */
    public LogEntry inRun(String runId) {
        return new LogEntry(time, table, recordId, messageCode, parameters, actionCode, severity, runId, resolvedAt);
    }

    /** A summary row whose details are listed on its own page. */
    public boolean hasDetails() {
        return LogMessage.CUSTOMERS_PULLED.code().equals(messageCode)
                || LogMessage.ITEMS_PULLED.code().equals(messageCode)
                || LogMessage.QUOTATIONS_IMPORTED.code().equals(messageCode)
                || LogMessage.QUOTATIONS_IMPORTED_WITH_WARNINGS.code().equals(messageCode);
    }
}
