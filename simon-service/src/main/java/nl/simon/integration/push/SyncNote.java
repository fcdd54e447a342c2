package nl.simon.integration.push;

import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.simon.integration.log.LogMessage;

/**
 * The message on a work order's invoice state: the log message code and its parameters, kept as one
 * text ({@code code␟param␟param}) and rendered in the reader's language, like the log.
 */
public final class SyncNote {
    public static final char SEPARATOR = '\u001f';

    private SyncNote() {
    }

    public static String of(LogMessage message, Object... parameters) {
        return Stream.concat(Stream.of(message.code()), Arrays.stream(parameters).map(String::valueOf))
                .collect(Collectors.joining(String.valueOf(SEPARATOR)));
    }
}
