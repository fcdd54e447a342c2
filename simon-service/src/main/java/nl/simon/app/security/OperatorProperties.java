package nl.simon.app.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code simon.operator.token} ({@code SIMON_OPERATOR_TOKEN}): the operator's bearer token for
 * {@code /api/operator/**}. No default: without it that API is closed (OperatorTokenFilter).
 */
@ConfigurationProperties("simon.operator")
public record OperatorProperties(String token) {

    public OperatorProperties {
        token = token == null ? "" : token;
    }

    /** Never the token itself in logs or failure messages. */
    @Override
    public String toString() {
        return "OperatorProperties[token=(hidden)]";
    }
}
