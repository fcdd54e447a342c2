package nl.simon.shared;

import java.util.List;

/**
 * Input that cannot be accepted. {@code messageCode} names a message in the catalogue
 * (rendered in the user's language by the web and API adapters); {@code field} names the
 * input field so the user sees where to look.
 */
public final class InvalidInputException extends RuntimeException {
    private final String field;
    private final String messageCode;
    private final List<Object> arguments;

    public InvalidInputException(String field, String messageCode, Object... arguments) {
        super(field + ": " + messageCode);
        this.field = field;
        this.messageCode = messageCode;
        this.arguments = List.of(arguments);
    }

    public String field() {
        return field;
    }

    public String messageCode() {
        return messageCode;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
