package nl.simon.app;

import java.util.Base64;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code simon.secrets.key} ({@code SIMON_SECRETS_KEY}): base64 of the 32-byte key that encrypts the
 * FactuurSturen API keys at rest. It has no default: demo mode makes one (DemoSecretsKey), anywhere else
 * the start stops without it.
 */
@ConfigurationProperties("simon.secrets")
public record SecretsProperties(String key) {

    public SecretsProperties {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("No secrets key: set SIMON_SECRETS_KEY to a base64-encoded 32-byte key "
                    + "(for example the output of: openssl rand -base64 32)");
        }
        key = key.strip();
        try {
            Base64.getDecoder().decode(key);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "simon.secrets.key (SIMON_SECRETS_KEY) is not base64: " + e.getMessage());
        }
    }

    /** The key's bytes. */
    public byte[] bytes() {
        return Base64.getDecoder().decode(key);
    }

    /** Never the key itself in logs or failure messages. */
    @Override
    public String toString() {
        return "SecretsProperties[key=(hidden)]";
    }
}
