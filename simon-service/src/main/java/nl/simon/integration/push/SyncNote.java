package nl.simon.integration.push;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.simon.integration.log.LogMessage;

/**
 * The message on a work order's invoice state: the log message code and its parameters, kept as one
 * text ({@code code␟param␟param}) and rendered in the reader's language, like the log. Written with
 * {@link #of}, read back with {@link #read}.
 */
public record SyncNote(String code, List<String> parameters) {
    public static final char SEPARATOR = '\u001f';

    public SyncNote {
        parameters = List.copyOf(parameters);
    }

    /** The stored text of a note: the message's code, then each parameter as text. */
    public static String of(LogMessage message, Object... parameters) {
        return Stream.concat(
                        Stream.of(message.code()), Arrays.stream(parameters).map(String::valueOf))
                .collect(Collectors.joining(String.valueOf(SEPARATOR)));
    }

    /** The note a stored text holds; empty for none (null or empty). */
    public static Optional<SyncNote> read(String stored) {
        if (stored == null || stored.isEmpty()) {
            return Optional.empty();
        }
        List<String> parts = List.of(stored.split(String.valueOf(SEPARATOR), -1));
        return Optional.of(new SyncNote(parts.get(0), parts.subList(1, parts.size())));
    }
}
