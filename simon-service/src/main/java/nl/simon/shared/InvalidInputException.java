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
    private final List<InvalidInputException> each;

    public InvalidInputException(String field, String messageCode, Object... arguments) {
        super(field + ": " + messageCode);
        this.field = field;
        this.messageCode = messageCode;
        this.arguments = List.of(arguments);
        this.each = List.of(this);
    }

    /** Several fields wrong at once (at least one): the first is {@link #field()}, all are {@link #fields()}. */
    public InvalidInputException(List<InvalidInputException> wrongFields) {
        super(wrongFields.stream()
                .map(Throwable::getMessage)
                .reduce((a, b) -> a + "; " + b)
                .orElseThrow());
        InvalidInputException first = wrongFields.get(0);
        this.field = first.field;
        this.messageCode = first.messageCode;
        this.arguments = first.arguments;
        this.each = List.copyOf(wrongFields);
    }

    /** Every wrong field with its own message, in the order of the form; one element for a single field. */
    public List<InvalidInputException> fields() {
        return each;
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
