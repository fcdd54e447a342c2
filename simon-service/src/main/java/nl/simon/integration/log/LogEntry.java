package nl.simon.integration.log;

import java.time.Instant;
import java.util.List;

/** One row of the integration log as stored: codes and parameters, rendered in the reader's language. */
public record LogEntry(Instant time, String table, String recordId, String messageCode, List<String> parameters,
        String actionCode, Severity severity) {

    public static LogEntry of(Instant time, LogMessage message, String recordId, Object... parameters) {
        return new LogEntry(time, message.table(), recordId, message.code(),
                java.util.Arrays.stream(parameters).map(String::valueOf).toList(), message.action().code(),
                message.severity());
    }
}
