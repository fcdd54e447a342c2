package nl.simon.shared;

import java.util.List;
import java.util.Map;

/** The request is valid but not allowed in the record's current state (e.g. archiving an open work order). */
public final class ConflictException extends RuntimeException {
    private final String messageCode;
    private final List<Object> arguments;
    private final Map<String, Object> details;

    public ConflictException(String messageCode, Object... arguments) {
        this(Map.of(), messageCode, arguments);
    }

    /** With {@code details}: machine-readable facts the API adds to its answer (e.g. the missing steps). */
    public ConflictException(Map<String, Object> details, String messageCode, Object... arguments) {
        super(messageCode);
        this.messageCode = messageCode;
        this.arguments = List.of(arguments);
        this.details = Map.copyOf(details);
    }

    public Map<String, Object> details() {
        return details;
    }

    public String messageCode() {
        return messageCode;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
