package nl.simon.shared;

import java.util.List;

/** The request is valid but not allowed in the record's current state (e.g. archiving an open work order). */
public final class ConflictException extends RuntimeException {
    private final String messageCode;
    private final List<Object> arguments;

    public ConflictException(String messageCode, Object... arguments) {
        super(messageCode);
        this.messageCode = messageCode;
        this.arguments = List.of(arguments);
    }

    public String messageCode() {
        return messageCode;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
