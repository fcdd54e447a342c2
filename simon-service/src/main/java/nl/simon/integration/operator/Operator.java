package nl.simon.integration.operator;

/**
 * Who acts as the operator: the name given at the operator login, or {@value #TOKEN} for a call with the operator's
 * bearer token. Written to the audit with every action.
 */
public record Operator(String name) {
    public static final String TOKEN = "token";

    public Operator {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an operator has a name");
        }
    }

    public static Operator byToken() {
        return new Operator(TOKEN);
    }
}
